import { useTranslation } from 'react-i18next';
import type { FrameworkOfferState } from '@/shared/ipc/channels/framework';
import { hrefOf } from '../routing/route';

/** On every screen but the questions' own: new questions are waiting, one link away. */
export function FrameworkOfferBanner({
  offer,
  onQuestionsScreen,
}: {
  offer: FrameworkOfferState;
  onQuestionsScreen: boolean;
}) {
  const { t } = useTranslation();
  if (onQuestionsScreen || offer.state === 'none') return null;
  return (
    <p className="notice framework-offer-banner" role="status">
      {offer.state === 'offered'
        ? t('questions.banner.offered', { version: offer.offer.version })
        : t('questions.banner.refused')}{' '}
      <a href={hrefOf({ screen: 'questions' })}>
        {offer.state === 'offered' ? t('questions.banner.link') : t('questions.banner.why')}
      </a>
    </p>
  );
}
