import { RipotiError } from '@/shared/errors';
import { reportSchema } from '@/shared/report/schema';
import type { CliCommand } from '../io';
import { readJsonFile } from '../read-json-file';

export const validateCommand: CliCommand = {
  name: 'validate',
  usage: 'validate <draft.json>',
  summary: 'Check that a JSON draft has the shape of a Ripoti report; list every problem with its place.',
  async run(args, io) {
    const [file] = args;
    if (!file) throw new RipotiError('invalid-arguments', 'Name the draft to check: validate <draft.json>');
    const parsed = reportSchema.safeParse(await readJsonFile(io.cwd, file));
    if (parsed.success) {
      io.out(`${file}: valid report "${parsed.data.title}" (${Object.keys(parsed.data.sections).length} sections)`);
      return 0;
    }
    io.err(`${file}: not a valid report (${parsed.error.issues.length} problems)`);
    for (const issue of parsed.error.issues.slice(0, 50)) {
      io.err(`  at ${issue.path.map(String).join('.') || '(top)'}: ${issue.message}`);
    }
    return 1;
  },
};
