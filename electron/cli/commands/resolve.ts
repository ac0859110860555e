import path from 'node:path';
import { parseArgs } from 'node:util';
import { RipotiError } from '@/shared/errors';
import type { SyncConflict } from '@/shared/ipc/channels/sync';
import { conflictKey, type Resolution } from '@/shared/sync/resolve-conflict';
import { systemClock } from '../../main/services/clock';
import { FileSyncStateStore } from '../../main/services/sync/file-sync-state-store';
import { applyResolution } from '../../main/services/sync/resolve';
import type { CliCommand } from '../io';
import { DATA_OPTION, openDraftsForCli } from '../open-drafts';

const PREVIEW = 70;

/**
 * Lists a report's open sync conflicts, or settles one the way the Sync step does: keep this
 * computer's value, the server's, or a text typed here. The next `sync` sends the choice.
 */
export const resolveCommand: CliCommand = {
  name: 'resolve',
  usage: 'resolve <reportId> [<key> --keep mine|theirs | <key> --text "merged text"] [--data dir]',
  summary: 'List the sync conflicts of a report, or resolve one (the next sync sends your choice).',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { ...DATA_OPTION, keep: { type: 'string' }, text: { type: 'string' } },
    });
    const [reportId, key] = positionals;
    if (!reportId)
      throw new RipotiError('invalid-arguments', 'Name the report: resolve <reportId> [<key> --keep mine|theirs]');
    const drafts = await openDraftsForCli(values.data, io);
    const states = new FileSyncStateStore(path.join(drafts.store.dataDir, 'sync'));
    const state = await states.load(reportId);
    if (!key) {
      if (state.conflicts.length === 0) io.out('No conflicts to resolve.');
      for (const line of describeConflicts(
        state.conflicts.map((conflict) => ({
          ...conflict,
          key: conflictKey(conflict),
          base: conflict.base ?? null,
          mine: conflict.mine ?? null,
          theirs: conflict.theirs ?? null,
          mineFromThisComputer: conflict.mineFromThisComputer ?? true,
        })),
      ))
        io.out(line);
      return 0;
    }
    await applyResolution(
      { repository: drafts.store, states, clock: systemClock },
      reportId,
      key,
      resolutionOf(values.keep, values.text),
    );
    const left = (await states.load(reportId)).conflicts.length;
    io.out(
      `Resolved ${key}. ${left === 0 ? 'No conflicts left: run sync to send the report.' : `${left} conflict${left === 1 ? '' : 's'} left.`}`,
    );
    return 0;
  },
};

function resolutionOf(keep: string | undefined, text: string | undefined): Resolution {
  if (text !== undefined && keep === undefined) return { keep: 'edited', value: text };
  if (keep === 'mine' || keep === 'theirs') return { keep };
  throw new RipotiError(
    'invalid-arguments',
    'Say what to keep: --keep mine, --keep theirs, or --text "the merged text".',
  );
}

/** Each conflict as the key to type and the two values side by side, shortened. */
export function describeConflicts(conflicts: readonly SyncConflict[]): string[] {
  return conflicts.flatMap((conflict) => [
    `  ${conflict.key}`,
    `      mine${conflict.mineFromThisComputer ? ' (this computer)' : ' (a server copy)'}: ${preview(conflict.mine)}`,
    `      theirs (server):  ${preview(conflict.theirs)}`,
  ]);
}

function preview(value: unknown): string {
  if (value === null || value === undefined) return '(empty)';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > PREVIEW ? `${line.slice(0, PREVIEW - 1)}…` : line || '(empty)';
}
