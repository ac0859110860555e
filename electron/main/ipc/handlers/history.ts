import type { Services } from '../../services/create-services';
import type { HandlersFor } from '../handlers';
import { draftsOf } from './drafts';

export function historyHandlers(
  services: Services,
): HandlersFor<'listHistory' | 'takeSnapshot' | 'restoreSnapshot' | 'carryForward'> {
  return {
    listHistory: ({ reportId }) => draftsOf(services).history.list(reportId),
    takeSnapshot: ({ reportId, reason }) => draftsOf(services).history.snapshot(reportId, reason),
    restoreSnapshot: ({ reportId, snapshotId }) => draftsOf(services).history.restore(reportId, snapshotId),
    carryForward: ({ reportId, featureIds, title }) => draftsOf(services).startNextCycle(reportId, featureIds, title),
  };
}
