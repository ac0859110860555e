import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { RipotiError } from '@/shared/errors';
import { bundledFramework } from '@/shared/framework/load';
import {
  EXISTING_TEXT_POLICIES,
  type ExistingTextPolicy,
  type ImportPartView,
} from '@/shared/ipc/channels/word-import';
import { systemClock } from '../../main/services/clock';
import { WordImportService } from '../../main/services/word-import/word-import-service';
import type { CliCommand, CliIo } from '../io';
import { DATA_OPTION, openDraftsForCli } from '../open-drafts';

function targetOf(part: ImportPartView): string {
  const target = part.proposed;
  if (target.kind !== 'feature') return target.kind === 'annex' ? 'annex (Other / not mapped)' : target.kind;
  return target.field === 'auto'
    ? `Key Feature ${target.featureId}`
    : `Key Feature ${target.featureId}, ${target.field}`;
}

function printMapping(parts: readonly ImportPartView[], io: CliIo): void {
  for (const part of parts) {
    const heading = part.heading || '(before the first heading)';
    io.out(
      `${part.id.padEnd(5)} ${targetOf(part).padEnd(34)} ${part.reason.padEnd(16)} ${String(part.wordCount).padStart(5)} words  ${heading.slice(0, 70)}`,
    );
  }
}

export const importWordCommand: CliCommand = {
  name: 'import-word',
  usage:
    'import-word <file.docx> [--into <reportId> | --new] [--dry-run] [--existing keep|append|replace] [--data dir]',
  summary: 'Import a Word report into sections: prints where each part goes; --dry-run writes nothing.',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        into: { type: 'string' },
        new: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        existing: { type: 'string', default: 'keep' },
        ...DATA_OPTION,
      },
    });
    const [file] = positionals;
    if (!file) throw new RipotiError('invalid-arguments', 'Name the Word file to import: import-word <file.docx>');
    if (values.into && values.new)
      throw new RipotiError('invalid-arguments', 'Choose either --into <reportId> or --new, not both.');
    if (!(EXISTING_TEXT_POLICIES as readonly string[]).includes(values.existing))
      throw new RipotiError('invalid-arguments', `--existing must be one of ${EXISTING_TEXT_POLICIES.join(', ')}.`);
    const drafts = await openDraftsForCli(values.data, io);
    const service = new WordImportService(bundledFramework(), drafts, systemClock);
    if (values.into) await drafts.store.get(values.into);
    const result = await service.preview(path.basename(file), await readFile(path.resolve(io.cwd, file)));
    if (result.status === 'refused') throw new RipotiError('invalid-data', result.message);
    const { preview } = result;
    printMapping(preview.parts, io);
    const features = new Set(
      preview.parts.flatMap((part) => (part.proposed.kind === 'feature' ? [part.proposed.featureId] : [])),
    );
    io.out(
      `${preview.parts.length} parts; ${features.size} Key Features found; read and mapped in ${preview.readMs} ms.`,
    );
    if (preview.trackedChanges > 0) io.out(`${preview.trackedChanges} tracked changes were taken as accepted.`);
    if (preview.comments > 0) io.out(`${preview.comments} comments were left out.`);
    if (values['dry-run']) {
      io.out('Dry run: nothing was written.');
      return 0;
    }
    const policy = values.existing as ExistingTextPolicy;
    const decisions = preview.parts.map((part) => ({ partId: part.id, target: part.proposed, policy }));
    const outcome = await service.apply(
      preview.previewId,
      values.into ? { kind: 'report', reportId: values.into } : { kind: 'new' },
      decisions,
    );
    io.out(
      `Imported into report ${outcome.reportId}: ${outcome.featuresChanged.length} Key Features changed, ${outcome.annexEntries} parts kept in the annex, ${outcome.photosAdded} photos added.`,
    );
    for (const skipped of outcome.skippedPictures)
      io.err(`Picture left out (${skipped.partHeading || 'no heading'}): ${skipped.message}`);
    io.out(
      outcome.undo.snapshotId
        ? `To undo: npm run report -- restore ${outcome.reportId} ${outcome.undo.snapshotId}`
        : 'This is a new report; delete it in the app to undo.',
    );
    return 0;
  },
};
