import path from 'node:path';
import { parseArgs } from 'node:util';
import { RipotiError } from '@/shared/errors';
import type { SyncOutcome } from '@/shared/ipc/channels/sync';
import { systemClock } from '../../main/services/clock';
import { JobRegistry } from '../../main/services/jobs/job-registry';
import { SettingsService } from '../../main/services/settings-service';
import { AttachmentStoreBlobs } from '../../main/services/sync/attachment-store-blobs';
import { SessionCredentialStore } from '../../main/services/sync/credential-store';
import { FileSyncStateStore } from '../../main/services/sync/file-sync-state-store';
import { SyncService } from '../../main/services/sync/sync-service';
import type { CliCommand } from '../io';
import { DATA_OPTION, openDraftsForCli } from '../open-drafts';
import { describeConflicts } from './resolve';

/** The password comes from the environment, never from the command line (other users can read process arguments). */
const PASSWORD_VARIABLE = 'RIPOTI_SYNC_PASSWORD';

export const syncCommand: CliCommand = {
  name: 'sync',
  usage: 'sync <reportId> --server URL --user NAME [--data dir]',
  summary: `Sync one report with the county CouchDB (password in $${PASSWORD_VARIABLE}); conflicts are listed, nothing is overwritten.`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { ...DATA_OPTION, server: { type: 'string' }, user: { type: 'string' } },
    });
    const [reportId] = positionals;
    if (!reportId || !values.server || !values.user)
      throw new RipotiError(
        'invalid-arguments',
        'Usage: sync <reportId> --server https://server/ripoti-county --user NAME',
      );
    const password = process.env[PASSWORD_VARIABLE];
    if (!password)
      throw new RipotiError('unauthorized', `Put the sync password in the ${PASSWORD_VARIABLE} environment variable.`);
    const drafts = await openDraftsForCli(values.data, io);
    const settingsValues = new Map<string, unknown>();
    const settings = new SettingsService({
      get: (key) => settingsValues.get(key),
      set: (key, value) => settingsValues.set(key, value),
    });
    settings.update({ syncServerUrl: values.server, syncUsername: values.user });
    const jobs = new JobRegistry();
    // No background retries: the command ends; the officer (or a scheduled task) runs it again.
    const sync = new SyncService({
      repository: drafts.store,
      settings,
      credentials: new SessionCredentialStore(),
      states: new FileSyncStateStore(path.join(drafts.store.dataDir, 'sync')),
      blobs: new AttachmentStoreBlobs(drafts.attachments),
      jobs,
      clock: systemClock,
    });
    await sync.rememberPassword(password);
    const status = await jobs.settled(sync.start(reportId), 100);
    if (status.state === 'failed') throw new RipotiError('network', status.error.message);
    if (status.state !== 'done') throw new RipotiError('cancelled', 'Sync was stopped.');
    const outcome = status.value as SyncOutcome;
    for (const problem of (await sync.status(reportId)).serverProblems)
      io.err(
        `Skipped on the server: ${problem.place.kind === 'section' ? `section ${problem.place.featureId}` : problem.place.kind === 'photo' ? `photo ${problem.place.digest.slice(0, 12)}` : 'the report header'}: ${problem.reason}.`,
      );
    if (outcome.kind === 'synced') {
      io.out(
        `Synced ${reportId}: sent ${outcome.sentDocs} documents and ${outcome.sentAttachments} photos, received ${outcome.receivedDocs} changes.`,
      );
      return 0;
    }
    const fields = outcome.count === 1 ? '1 field was' : `${outcome.count} fields were`;
    io.err(
      `${fields} changed here and on the server. Nothing was overwritten; resolve each in the app's Sync step or with "npm run report -- resolve":`,
    );
    for (const line of describeConflicts(await sync.conflicts(reportId))) io.err(line);
    return 3;
  },
};
