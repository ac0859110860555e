import { RipotiError } from '@/shared/errors';
import type { QuestionnaireService } from '../../services/questionnaires/questionnaire-service';
import type { Services } from '../../services/create-services';
import type { HandlersFor } from '../handlers';

function questionnairesOf(services: Services): QuestionnaireService {
  if (!services.questionnaires)
    throw new RipotiError(
      'internal',
      'Questionnaires need drafts stored on disk, which this mode of Ripoti does not have.',
    );
  return services.questionnaires;
}

export function questionnaireHandlers(
  services: Services,
): HandlersFor<
  | 'createQuestionnaire'
  | 'importAnswers'
  | 'listQuestionnaires'
  | 'listQuestionnaireConflicts'
  | 'resolveQuestionnaireConflict'
> {
  return {
    createQuestionnaire: async ({ reportId, department, dueDate, questions }) => {
      const { questionnaireId, fileName, bytes } = await questionnairesOf(services).create(
        reportId,
        department,
        dueDate,
        questions,
      );
      return { questionnaireId, fileName, base64: Buffer.from(bytes).toString('base64') };
    },
    importAnswers: ({ fileName, base64 }) =>
      questionnairesOf(services).importAnswers(fileName, Buffer.from(base64, 'base64')),
    listQuestionnaires: ({ reportId }) => questionnairesOf(services).list(reportId),
    listQuestionnaireConflicts: ({ reportId }) => questionnairesOf(services).conflicts(reportId),
    resolveQuestionnaireConflict: ({ reportId, questionnaireId, key, resolution }) =>
      questionnairesOf(services).resolve(reportId, questionnaireId, key, resolution),
  };
}
