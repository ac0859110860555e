import type { ReviewState, TranslatedLanguage } from '../../shared/language';
import { frenchLabelsReview } from '../../electron/main/services/export/labels/fr';
import { kiswahiliLabelsReview } from '../../electron/main/services/export/labels/sw';

/** Review markers of the Word export's label sets, which live as TypeScript data beside the export. */
export const exportLabelReview: Record<TranslatedLanguage, ReviewState | undefined> = {
  sw: kiswahiliLabelsReview,
  fr: frenchLabelsReview,
};
