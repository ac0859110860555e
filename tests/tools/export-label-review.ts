import type { ReviewState, TranslatedLanguage } from '../../shared/language';
import { frenchLabelsReview } from '../../electron/main/services/export/labels/fr';
import { kiswahiliLabelsReview } from '../../electron/main/services/export/labels/sw';
import {
  frenchQuestionnaireReview,
  kiswahiliQuestionnaireReview,
} from '../../electron/main/services/questionnaires/document/questionnaire-labels';

/** Review markers of the Word export's label sets, which live as TypeScript data beside the export. */
export const exportLabelReview: Record<TranslatedLanguage, ReviewState | undefined> = {
  sw: kiswahiliLabelsReview,
  fr: frenchLabelsReview,
};

/** Review markers of the department questionnaire's words (issue 17). */
export const questionnaireLabelReview: Record<TranslatedLanguage, ReviewState | undefined> = {
  sw: kiswahiliQuestionnaireReview,
  fr: frenchQuestionnaireReview,
};
