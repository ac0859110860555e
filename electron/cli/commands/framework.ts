import path from 'node:path';
import { parseArgs } from 'node:util';
import { RipotiError } from '@/shared/errors';
import { checkCandidate, parseFrameworkText } from '@/shared/framework/candidate';
import { allKeyFeatures, parseFramework } from '@/shared/framework/load';
import type { Framework } from '@/shared/framework/schema';
import { systemClock } from '../../main/services/clock';
import { FrameworkService } from '../../main/services/framework/framework-service';
import { readFrameworkFile } from '../../main/services/framework/read-framework-file';
import { describeChanges, describeOffer } from '../describe-framework';
import { PASSWORD_VARIABLE, publishQuestions } from './framework-publish';
import type { CliCommand, CliIo } from '../io';
import { DATA_OPTION, openDataForCli } from '../open-drafts';

const USAGE =
  'framework show | check <file> [--against old.json] | import <file> [--accept] [--data dir] | publish <file> --server URL --user NAME';

/**
 * The questions of the report. `show` names the version in use; `check` is for the national
 * office before it publishes (everything the app checks, without touching any draft); `import`
 * shows what a file changes for the drafts on this computer and, with --accept, adopts it;
 * `publish` puts it in a county database (framework-publish.ts).
 */
export const frameworkCommand: CliCommand = {
  name: 'framework',
  usage: USAGE,
  summary: `The report’s questions: show, check and import a national-office file; publish it in a county database (password in $${PASSWORD_VARIABLE}); see docs/framework.md.`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        ...DATA_OPTION,
        accept: { type: 'boolean', default: false },
        against: { type: 'string' },
        server: { type: 'string' },
        user: { type: 'string' },
      },
    });
    const [verb, file] = positionals;
    if (verb === 'publish') {
      if (!file || !values.server || !values.user) throw new RipotiError('invalid-arguments', `Usage: ${USAGE}`);
      return publishQuestions(
        io,
        (await readFrameworkFile(path.resolve(io.cwd, file))).text,
        values.server,
        values.user,
      );
    }
    const { drafts, frameworkStore } = await openDataForCli(values.data, io);
    const current = frameworkStore.current();
    if (verb === 'show') {
      io.out(
        `${current.title.en}: ${current.id} version ${current.version} (${current.source.text} of ${current.source.edition}), published by ${current.publisher.name.en}`,
      );
      io.out(`${allKeyFeatures(current).length} Key Features, ${current.profile.length} profile questions`);
      return 0;
    }
    if ((verb !== 'check' && verb !== 'import') || !file) throw new RipotiError('invalid-arguments', `Usage: ${USAGE}`);
    const { fileName, text } = await readFrameworkFile(path.resolve(io.cwd, file));
    if (verb === 'check')
      return check(io, text, values.against ? await versionInUseFrom(path.resolve(io.cwd, values.against)) : current);
    const frameworks = new FrameworkService(frameworkStore, drafts.store, systemClock, drafts.history);
    const offered = await frameworks.considerText(text, { kind: 'file', fileName });
    if (offered.state === 'refused') {
      io.err(`Refused: ${offered.refusal.message}`);
      return 1;
    }
    if (offered.state !== 'offered') throw new RipotiError('internal', 'No offer came out of the file.');
    for (const line of describeOffer(offered.offer)) io.out(line);
    if (!values.accept) {
      io.out('Nothing changed. Run again with --accept to use these questions.');
      return 0;
    }
    const accepted = await frameworks.accept(offered.offer.id);
    io.out(
      `Now using version ${accepted.version}; ${accepted.migrated} drafts re-filed (a snapshot of each is in its History).`,
    );
    return 0;
  },
};

/** The version the counties use now, from its file: what a new version is compared with before it is published. */
async function versionInUseFrom(file: string): Promise<Framework> {
  const { text } = await readFrameworkFile(file);
  const parsed = parseFrameworkText(text);
  if (!parsed.ok) throw new RipotiError('invalid-data', `--against: ${parsed.refusal.message}`);
  return parseFramework(parsed.value);
}

function check(io: CliIo, text: string, current: Framework): Promise<number> {
  const parsed = parseFrameworkText(text);
  const candidate = parsed.ok ? checkCandidate(parsed.value, current) : { ok: false as const, refusal: parsed.refusal };
  if (!candidate.ok) {
    io.err(`Refused: ${candidate.refusal.message}`);
    return Promise.resolve(1);
  }
  for (const line of describeChanges(candidate.changes)) io.out(line);
  io.out(`OK: version ${candidate.framework.version} can be published.`);
  return Promise.resolve(0);
}
