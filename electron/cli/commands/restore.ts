import { parseArgs } from 'node:util';
import { RipotiError } from '@/shared/errors';
import type { CliCommand } from '../io';
import { DATA_OPTION, openDraftsForCli } from '../open-drafts';

export const restoreCommand: CliCommand = {
  name: 'restore',
  usage: 'restore <reportId> <versionId> [--data dir]',
  summary: 'Bring back a saved version (the current one is saved first, so this can be undone).',
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { ...DATA_OPTION } });
    const [reportId, versionId] = positionals;
    if (!reportId || !versionId)
      throw new RipotiError('invalid-arguments', 'Name the report and the version: restore <reportId> <versionId>');
    const drafts = await openDraftsForCli(values.data, io);
    const restored = await drafts.history.restore(reportId, versionId);
    io.out(
      `Restored "${restored.title}" to version ${versionId}. The previous state is in its history as before-restore.`,
    );
    return 0;
  },
};
