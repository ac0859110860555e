import { RipotiError } from '../../../../shared/errors';
import type { Framework } from '../../../../shared/framework/schema';
import type { ExportOptions } from '../../../../shared/ipc/channels/export';
import type { Report } from '../../../../shared/report/schema';
import { collectPhotos } from './collect-photos';
import type { AttachmentReader, ExportedDocument, ExportProgress, ExportStep } from './export-request';
import type { ExportRunner } from './export-runner';

export interface EarlyBuild {
  /** Follows the build: its progress goes to `progress` from now on, the last step first. */
  readonly follow: (progress: ExportProgress) => Promise<ExportedDocument>;
  /** Stops the build (the officer closed the save dialog, or cancelled the export). */
  readonly stop: () => void;
}

export interface EarlyBuildInput {
  readonly report: Report;
  readonly framework: Framework;
  readonly options: ExportOptions;
  readonly exportedAt: string;
  readonly readAttachment: AttachmentReader;
  readonly runner: ExportRunner;
}

/**
 * Starts building a document before anyone waits for it: the export starts it when the save
 * dialog opens, and follows it once there is a file to write. Until then its progress is
 * kept, so the job shows where the build has got to.
 */
export function startEarlyBuild({ report, framework, options, exportedAt, readAttachment, runner }: EarlyBuildInput): EarlyBuild {
  const stopper = new AbortController();
  let latest: ExportStep | undefined;
  let listener: ExportProgress = (step) => (latest = step);
  const relay: ExportProgress = (step) => listener(step);
  relay({ done: 0, total: 1, label: 'Reading photos' });
  const built = (async (): Promise<ExportedDocument> => {
    const collected = await collectPhotos(report, framework, options, readAttachment);
    if (stopper.signal.aborted) throw new RipotiError('cancelled', 'The export was cancelled.');
    const document = await runner({ report, framework, options, photos: collected.photos, exportedAt }, relay, stopper.signal);
    return { bytes: document.bytes, warnings: [...collected.warnings, ...document.warnings] };
  })();
  // Nobody may follow it (the dialog was closed): its failure then goes nowhere.
  built.catch(() => undefined);
  return {
    follow: (progress) => {
      listener = progress;
      if (latest) progress(latest);
      return built;
    },
    stop: () => stopper.abort(),
  };
}
