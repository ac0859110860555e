import type { Framework } from '@/shared/framework/schema';
import type { ExportOptions } from '@/shared/ipc/channels/export';
import type { JobProgress } from '@/shared/ipc/channels/jobs';
import type { Report } from '@/shared/report/schema';
import { collectPhotos } from './collect-photos';
import type { AttachmentReader, ExportedDocument, ExportProgress } from './export-request';
import { exportCancelled, type ExportRunner } from './export-runner';

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
  /** A photo for the cover, by attachment id: read even when the areas' photos are left out. */
  readonly coverAttachmentId?: string;
}

/**
 * Starts building a document before anyone waits for it: the app starts it when the save
 * dialog opens, and follows it once there is a file to write. Until then its progress is
 * kept, so the job shows where the build has got to. Photo warnings of both halves (reading
 * the files here, decoding them in the runner) end up in the one document's warnings.
 */
export function startEarlyBuild({
  report,
  framework,
  options,
  exportedAt,
  readAttachment,
  runner,
  coverAttachmentId,
}: EarlyBuildInput): EarlyBuild {
  const stopper = new AbortController();
  let latest: JobProgress<'export'> | undefined;
  let listener: ExportProgress = (progress) => (latest = progress);
  const relay: ExportProgress = (progress) => listener(progress);
  relay({ done: 0, total: 1, step: { code: 'reading-photos' } });
  const built = (async (): Promise<ExportedDocument> => {
    const collected = await collectPhotos(
      report,
      framework,
      options,
      readAttachment,
      coverAttachmentId ? [coverAttachmentId] : [],
    );
    if (stopper.signal.aborted) throw exportCancelled();
    const request = {
      report,
      framework,
      options,
      photos: collected.photos,
      exportedAt,
      ...(coverAttachmentId && { coverAttachmentId }),
    };
    const document = await runner(request, relay, stopper.signal);
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
