import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { RipotiError } from '@/shared/errors';
import type { CliCommand } from '../io';
import { DATA_OPTION, openDraftsForCli } from '../open-drafts';

export const importCommand: CliCommand = {
  name: 'import',
  usage: 'import <file.ripoti> [--as-copy | --replace] [--data dir]',
  summary: 'Import a .ripoti draft file; an existing report is never overwritten unless --replace.',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        'as-copy': { type: 'boolean', default: false },
        replace: { type: 'boolean', default: false },
        ...DATA_OPTION,
      },
    });
    const [file] = positionals;
    if (!file) throw new RipotiError('invalid-arguments', 'Name the draft file to import: import <file.ripoti>');
    if (values['as-copy'] && values.replace)
      throw new RipotiError('invalid-arguments', 'Choose either --as-copy or --replace, not both.');
    const drafts = await openDraftsForCli(values.data, io);
    const mode = values['as-copy'] ? 'copy' : values.replace ? 'replace' : 'ask';
    const result = await drafts.files.importFile(await readFile(path.resolve(io.cwd, file)), mode);
    if (result.status === 'imported') {
      io.out(`Imported report ${result.reportId}`);
      return 0;
    }
    io.err(`Report "${result.existing.title}" (${result.existing.id}) already exists here; nothing was changed.`);
    io.err(`Parts that differ: ${result.changed.join(', ') || 'none'}`);
    io.err(
      'Run again with --as-copy to keep both, or --replace to replace it (the current one is kept in its history).',
    );
    return 1;
  },
};
