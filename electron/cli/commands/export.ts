import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { RipotiError } from '@/shared/errors';
import { bundledFramework } from '@/shared/framework/load';
import { exportOptionsSchema, PAPER_SIZES } from '@/shared/ipc/channels/export';
import { FINAL_CHECK_KINDS, type FinalCheckKind } from '@/shared/report/final-check';
import { languageSchema } from '@/shared/language';
import { migrateReport } from '@/shared/report/migrate';
import type { Report } from '@/shared/report/schema';
import { decodeRipotiFile } from '../../main/services/drafts/ripoti-file';
import { startExport } from '../../main/services/export/export-pipeline';
import { inProcessExportRunner } from '../../main/services/export/export-runner';
import type { AttachmentReader } from '../../main/services/export/export-request';
import type { CliCommand, CliIo } from '../io';
import { readJsonFile } from '../read-json-file';

export const exportCommand: CliCommand = {
  name: 'export',
  usage:
    'export <draft.json|.ripoti> --out report.docx [--pdf] [--lang en] [--paper a4|letter] [--final] [--confirm unanswered,over-limit,…|all] [--no-photos] [--areas 1.1,2.3] [--attachments dir]',
  summary: 'Write the Word (.docx) report from a draft, or with --pdf its pages as a PDF, offline.',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        lang: { type: 'string', default: 'en' },
        paper: { type: 'string', default: 'a4' },
        final: { type: 'boolean', default: false },
        confirm: { type: 'string' },
        'no-photos': { type: 'boolean', default: false },
        areas: { type: 'string' },
        attachments: { type: 'string' },
        pdf: { type: 'boolean', default: false },
      },
    });
    const [draft] = positionals;
    if (!draft || !values.out)
      throw new RipotiError(
        'invalid-arguments',
        'Name the draft and the output: export <draft.json|.ripoti> --out report.docx',
      );
    if (!(PAPER_SIZES as readonly string[]).includes(values.paper))
      throw new RipotiError('invalid-arguments', `--paper must be one of ${PAPER_SIZES.join(', ')}`);
    const language = languageSchema.safeParse(values.lang);
    if (!language.success) throw new RipotiError('invalid-arguments', '--lang must be en, sw or fr');
    const options = exportOptionsSchema.parse({
      mode: values.final ? 'final' : 'draft',
      paper: values.paper,
      includePhotos: !values['no-photos'],
      areaIds: values.areas ? values.areas.split(',').map((id) => id.trim()) : undefined,
      language: language.data,
      confirmed: confirmedKinds(values.confirm),
      format: values.pdf ? 'pdf' : 'docx',
    });
    const framework = bundledFramework();
    const { report, readAttachment } = await openDraft(io, draft, values.attachments, framework);
    const started = performance.now();
    const exporting = startExport({
      report,
      framework,
      options,
      readAttachment,
      runner: inProcessExportRunner,
      exportedAt: new Date().toISOString(),
    });
    const result = await exporting.saveTo(path.resolve(io.cwd, values.out));
    for (const warning of result.warnings) io.err(`Warning: ${warning.message}`);
    io.out(
      `Wrote ${result.filePath} (${Math.round(result.byteLength / 1024)} KB) in ${Math.round(performance.now() - started)} ms`,
    );
    return 0;
  },
};

/** `--confirm all` or a list of the final check's kinds, each one the officer agrees to leave as it is. */
function confirmedKinds(list: string | undefined): FinalCheckKind[] {
  if (list === undefined) return [];
  if (list.trim() === 'all') return [...FINAL_CHECK_KINDS];
  const kinds = list.split(',').map((kind) => kind.trim());
  const unknown = kinds.filter((kind) => !(FINAL_CHECK_KINDS as readonly string[]).includes(kind));
  if (unknown.length > 0)
    throw new RipotiError(
      'invalid-arguments',
      `--confirm takes all or a list of: ${FINAL_CHECK_KINDS.join(', ')} (not ${unknown.join(', ')})`,
    );
  return kinds as FinalCheckKind[];
}

async function openDraft(
  io: CliIo,
  file: string,
  attachmentsDir: string | undefined,
  framework: ReturnType<typeof bundledFramework>,
): Promise<{ report: Report; readAttachment: AttachmentReader }> {
  if (file.endsWith('.ripoti')) {
    const contents = decodeRipotiFile(await readFile(path.resolve(io.cwd, file)));
    return { report: contents.report, readAttachment: (id) => fromMap(contents.attachments, id) };
  }
  const { report } = migrateReport(await readJsonFile(io.cwd, file), framework);
  // A JSON draft carries no photos; they are read from a folder of files named by their id.
  const folder = path.resolve(io.cwd, attachmentsDir ?? path.join(path.dirname(file), 'attachments'));
  return { report, readAttachment: (id) => readFromFolder(folder, id, report) };
}

function fromMap(attachments: Map<string, Uint8Array>, id: string): Promise<Uint8Array> {
  const bytes = attachments.get(id);
  return bytes ? Promise.resolve(bytes) : Promise.reject(new RipotiError('not-found', 'it is not in the draft file'));
}

async function readFromFolder(folder: string, id: string, report: Report): Promise<Uint8Array> {
  const extension = path.extname(report.attachments[id]?.fileName ?? '');
  for (const name of [`${id}${extension}`, id]) {
    try {
      return await readFile(path.join(folder, name));
    } catch {
      // try the next name
    }
  }
  throw new RipotiError('not-found', `it is not in ${folder}`);
}
