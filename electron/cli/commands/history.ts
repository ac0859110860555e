import { parseArgs } from 'node:util';
import { RipotiError } from '@/shared/errors';
import type { CliCommand } from '../io';
import { DATA_OPTION, openDraftsForCli } from '../open-drafts';

export const historyCommand: CliCommand = {
  name: 'history',
  usage: 'history <reportId> [--data dir]',
  summary: "List a report's saved versions: when, why, and which sections changed.",
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { ...DATA_OPTION } });
    const [reportId] = positionals;
    if (!reportId) throw new RipotiError('invalid-arguments', 'Name the report: history <reportId>');
    const drafts = await openDraftsForCli(values.data, io);
    await drafts.store.get(reportId);
    const entries = await drafts.history.list(reportId);
    if (entries.length === 0) io.out('No saved versions yet.');
    for (const entry of entries)
      io.out(`${entry.id}  ${entry.reason.padEnd(14)} changed: ${entry.changed.join(', ') || '-'}`);
    return 0;
  },
};
