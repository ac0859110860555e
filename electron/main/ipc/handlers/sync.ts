import type { Services } from '../../services/create-services';
import type { HandlersFor } from '../handlers';

export function syncHandlers(
  services: Services,
): HandlersFor<'startSync' | 'getSyncStatus' | 'listSyncConflicts' | 'resolveSyncConflict' | 'setSyncPassword'> {
  return {
    startSync: ({ reportId }) => ({ jobId: services.sync.start(reportId) }),
    getSyncStatus: ({ reportId }) => services.sync.status(reportId),
    listSyncConflicts: ({ reportId }) => services.sync.conflicts(reportId),
    resolveSyncConflict: ({ reportId, key, resolution }) => services.sync.resolve(reportId, key, resolution),
    setSyncPassword: async ({ password }) => {
      await services.sync.rememberPassword(password);
      return null;
    },
  };
}
