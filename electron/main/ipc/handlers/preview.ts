import type { Services } from '../../services/create-services';
import type { HandlersFor } from '../handlers';

export function previewHandlers(
  services: Services,
): HandlersFor<'preparePreview' | 'previewPages' | 'previewPageItems' | 'previewPicture'> {
  return {
    preparePreview: ({ reportId }) => services.previews.prepare(reportId),
    previewPages: ({ reportId, options }) => services.previews.pages(reportId, options),
    previewPageItems: ({ revision, from, count }) => services.previews.pageItems(revision, from, count),
    previewPicture: ({ media }) => services.previews.picture(media),
  };
}
