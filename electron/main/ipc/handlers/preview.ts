import type { Services } from '../../services/create-services';
import type { HandlersFor } from '../handlers';

export function previewHandlers(services: Services): HandlersFor<'previewPages' | 'previewPicture' | 'savePdf' | 'prepareSending'> {
  return {
    previewPages: ({ report, options }) => services.previews.pages(report, options),
    previewPicture: ({ media }) => services.previews.picture(media),
    savePdf: ({ reportId, options }) => services.previews.savePdf(reportId, options),
    prepareSending: ({ reportId, options, maxMegabytes }) => services.previews.prepareSending(reportId, options, maxMegabytes),
  };
}
