import type { Services } from '../../services/create-services';
import type { HandlersFor } from '../handlers';

export function frameworkHandlers(
  services: Services,
): HandlersFor<
  'getFrameworkOffer' | 'offerFrameworkFile' | 'checkCountyFramework' | 'acceptFramework' | 'dismissFrameworkOffer'
> {
  return {
    getFrameworkOffer: () => services.frameworks.offer(),
    offerFrameworkFile: ({ fileName, text }) => services.frameworks.considerText(text, { kind: 'file', fileName }),
    checkCountyFramework: () => services.frameworks.checkCounty(services.sync),
    acceptFramework: ({ offerId }) => services.frameworks.accept(offerId),
    dismissFrameworkOffer: () => {
      services.frameworks.dismiss();
      return null;
    },
  };
}
