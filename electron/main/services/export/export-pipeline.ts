import path from 'node:path';
import type { ExportResult } from '@/shared/ipc/channels/export';
import { startEarlyBuild, type EarlyBuildInput } from './early-build';
import type { ExportProgress } from './export-request';
import { exportCancelled } from './export-runner';
import { outputKinds, type OutputFile } from './output-kinds';
import { refuseUncheckedFinal } from './refuse-unchecked-final';
import { suggestedFileName, writeExportedFile } from './write-exported-file';

/** Everything one export needs; the app and the CLI fill it the same way. */
export type ExportInput = EarlyBuildInput;

export interface StartedExport {
  /** The name to offer in a save dialog ("Kilifi-progress-report-draft-2026-11-23.docx"). */
  readonly suggestedFileName: string;
  /** The kind of file being made, for the save dialog's filter. */
  readonly file: OutputFile;
  /** Waits for the document, writes it to `filePath` (its extension added if missing), and says what was written. */
  saveTo(filePath: string, progress?: ExportProgress, signal?: AbortSignal): Promise<ExportResult>;
  /** Stops the build: the officer closed the save dialog, or the CLI gave up. */
  stop(): void;
}

/**
 * THE export, for the Export step (export-service.ts) and the CLI alike: the final-export rules,
 * then the photos read and the document built by the runner (started at once, so the build runs
 * while a save dialog is open), then the file written whole. Callers add only their own part:
 * the app its dialog and its job, the CLI its flags.
 */
export function startExport(input: ExportInput): StartedExport {
  const { report, framework, options, exportedAt } = input;
  // The one place the final-export rules run: before any work, so a refused export never opens a dialog.
  refuseUncheckedFinal(report, framework, options);
  const file = outputKinds[options.format];
  const build = startEarlyBuild(input);
  return {
    suggestedFileName: suggestedFileName(
      report.profile.county || report.profile.city,
      options.mode,
      exportedAt.slice(0, 10),
      file.extension,
    ),
    file: { description: file.description, extension: file.extension },
    stop: build.stop,
    async saveTo(chosenPath, progress = () => undefined, signal) {
      const filePath = path.resolve(
        chosenPath.toLowerCase().endsWith(`.${file.extension}`) ? chosenPath : `${chosenPath}.${file.extension}`,
      );
      if (signal?.aborted) build.stop();
      else signal?.addEventListener('abort', build.stop, { once: true });
      let total = 2;
      const document = await build.follow((step) => {
        total = step.total;
        progress(step);
      });
      if (signal?.aborted) throw exportCancelled();
      progress({ done: total - 1, total, step: { code: 'saving' } });
      await writeExportedFile(filePath, document.bytes);
      return {
        filePath,
        fileName: path.basename(filePath),
        byteLength: document.bytes.byteLength,
        warnings: [...document.warnings],
      };
    },
  };
}
