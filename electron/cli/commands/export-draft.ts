import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { RipotiError } from '@/shared/errors';
import type { CliCommand } from '../io';
import { DATA_OPTION, openDraftsForCli } from '../open-drafts';

export const exportDraftCommand: CliCommand = {
  name: 'export-draft',
  usage: 'export-draft <reportId> [--out file.ripoti] [--data dir]',
  summary: 'Write a report and its attachments to one checksummed .ripoti file (for a flash drive).',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { out: { type: 'string' }, ...DATA_OPTION },
    });
    const [reportId] = positionals;
    if (!reportId) throw new RipotiError('invalid-arguments', 'Name the report to export: export-draft <reportId>');
    const drafts = await openDraftsForCli(values.data, io);
    const { fileName, bytes } = await drafts.files.exportFile(reportId);
    const target = path.resolve(io.cwd, values.out ?? fileName);
    await writeFile(target, bytes, { flag: values.out ? 'w' : 'wx' });
    io.out(`Wrote ${target} (${bytes.length} bytes)`);
    return 0;
  },
};
