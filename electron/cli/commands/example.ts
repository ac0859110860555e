import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { RipotiError } from '@/shared/errors';
import { bundledFramework } from '@/shared/framework/load';
import { defaultExportOptions, PAPER_SIZES, type ExportOptions } from '@/shared/ipc/channels/export';
import { exampleReport } from '../../main/services/export/example/example-report';
import { startExport } from '../../main/services/export/export-pipeline';
import { inProcessExportRunner } from '../../main/services/export/export-runner';
import type { CliCommand } from '../io';

export const exampleCommand: CliCommand = {
  name: 'example',
  usage: 'example [--out example.docx] [--pdf example.pdf] [--json draft.json] [--paper a4|letter] [--photos 20]',
  summary: 'Write a complete sample report (all 12 areas, measures, photos) as .docx, PDF and/or a JSON draft.',
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: {
        out: { type: 'string' },
        json: { type: 'string' },
        pdf: { type: 'string' },
        paper: { type: 'string', default: 'a4' },
        photos: { type: 'string', default: '20' },
      },
    });
    if (!values.out && !values.json && !values.pdf) values.out = 'example.docx';
    if (!(PAPER_SIZES as readonly string[]).includes(values.paper))
      throw new RipotiError('invalid-arguments', `--paper must be one of ${PAPER_SIZES.join(', ')}`);
    const photoCount = Number(values.photos);
    if (!Number.isInteger(photoCount) || photoCount < 0 || photoCount > 100)
      throw new RipotiError('invalid-arguments', '--photos must be a whole number from 0 to 100');
    const framework = bundledFramework();
    const example = exampleReport(framework, { photoCount, now: new Date().toISOString() });
    if (values.json) {
      const jsonPath = path.resolve(io.cwd, values.json);
      const folder = path.join(path.dirname(jsonPath), 'attachments');
      await mkdir(folder, { recursive: true });
      await writeFile(jsonPath, JSON.stringify(example.report, null, 2));
      for (const [id, bytes] of example.photos) await writeFile(path.join(folder, `${id}.png`), bytes);
      io.out(`Wrote the draft ${jsonPath} and ${example.photos.size} photos in ${folder}`);
    }
    // The same pipeline as the app's Export step, once per file asked for.
    const outputs: { file: string; format: ExportOptions['format'] }[] = [];
    if (values.out) outputs.push({ file: values.out, format: 'docx' });
    if (values.pdf) outputs.push({ file: values.pdf, format: 'pdf' });
    for (const output of outputs) {
      const options: ExportOptions = {
        ...defaultExportOptions,
        paper: values.paper as ExportOptions['paper'],
        format: output.format,
      };
      const started = performance.now();
      const exporting = startExport({
        report: example.report,
        framework,
        options,
        readAttachment: (id) => Promise.resolve(example.photos.get(id) ?? new Uint8Array()),
        runner: inProcessExportRunner,
        exportedAt: new Date().toISOString(),
      });
      const result = await exporting.saveTo(path.resolve(io.cwd, output.file));
      for (const warning of result.warnings) io.err(`Warning: ${warning.message}`);
      io.out(
        `Wrote ${result.filePath} (${Math.round(result.byteLength / 1024)} KB) in ${Math.round(performance.now() - started)} ms`,
      );
    }
    return 0;
  },
};
