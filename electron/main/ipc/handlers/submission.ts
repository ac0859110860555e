import type { Services } from '../../services/create-services';
import type { HandlersFor } from '../handlers';

export function submissionHandlers(services: Services): HandlersFor<'listCopiedAnswers' | 'markAnswerCopied'> {
  return {
    listCopiedAnswers: ({ reportId }) => services.copiedAnswers.list(reportId),
    markAnswerCopied: ({ reportId, path, fingerprint }) => services.copiedAnswers.mark(reportId, path, fingerprint),
  };
}
