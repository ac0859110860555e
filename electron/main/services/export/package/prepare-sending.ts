import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { ExportWarning } from '@/shared/ipc/channels/export';
import type { JobProgress } from '@/shared/ipc/channels/jobs';
import type { PhotoChange, SendingPackage } from '@/shared/ipc/channels/sending';
import type { ExportRequest } from '../export-request';
import { exportCancelled, type ExportRunner } from '../export-runner';
import type { PhotoFitter } from '../images/photo-worker/photo-thread';
import { writeExportedFile } from '../write-exported-file';
import { fitPhotos } from './fit-photos';
import { sendingManifest } from './sending-manifest';

export interface SendingInput {
  /** The final report's export request, its photos as the report holds them. */
  readonly request: ExportRequest;
  readonly limitBytes: number;
  /** Where to write, and the files' name without extension. */
  readonly folder: string;
  readonly baseName: string;
  /** Builds the Word file and the PDF: the export's own runner (the worker thread in the app). */
  readonly runner: ExportRunner;
  /** Saves a photo again to fit (the bounded photo thread). */
  readonly fitPhoto: PhotoFitter;
  readonly progress?: (progress: JobProgress<'sending'>) => void;
  readonly signal?: AbortSignal;
}

/** Room kept for the manifest and for the files' own overhead around each photo. */
const MANIFEST_ROOM = 8 * 1024;
/** Rounds of fitting when the files come out over the limit after one (an image's overhead, a PNG the PDF re-encodes). */
const MAX_ROUNDS = 3;
const STEPS = 5;

/**
 * "Prepare for sending": the final Word file, its PDF and a manifest, together under the
 * limit. Built once as they are; when that is over, once more without photos, which says what
 * the photos may weigh (each is in both files). Then each photo is saved again, once, at the
 * most legible setting that fits its share, and the files are built for real and measured;
 * if they are still over, the photos' budget shrinks by what was over and they are fitted
 * again. The officer is told each photo's size before and after.
 */
export async function prepareSending(input: SendingInput): Promise<SendingPackage> {
  const { request, limitBytes, signal } = input;
  const progress = (done: number, step: JobProgress<'sending'>['step']): void =>
    input.progress?.({ done, total: STEPS, step });
  progress(0, { code: 'building' });
  let built = await buildBoth(input, request);
  let changes: PhotoChange[] = [];
  const warnings: ExportWarning[] = [...built.warnings];
  if (built.total + MANIFEST_ROOM > limitBytes && request.options.includePhotos && request.photos.size > 0) {
    progress(1, { code: 'measuring-text' });
    const bare = await buildBoth(input, {
      ...request,
      photos: new Map(),
      options: { ...request.options, includePhotos: false },
    });
    // Each photo is in the Word file and in the PDF.
    let budget = (limitBytes - bare.total - MANIFEST_ROOM) / 2;
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const fitted = await fitPhotos(
        request.photos,
        budget,
        input.fitPhoto,
        (photo, photos) => progress(2, { code: 'fitting-photo', photo: photo + 1, photos }),
        signal,
      );
      changes = fitted.changes;
      progress(3, { code: 'checking' });
      built = await buildBoth(input, { ...request, photos: fitted.photos });
      if (round === 0) warnings.push(...fitted.warnings);
      const over = built.total + MANIFEST_ROOM - limitBytes;
      if (over <= 0 || fitted.totalBytes === 0) break;
      budget = Math.max(0, budget - over / 2);
    }
  }
  progress(4, { code: 'writing' });
  await mkdir(input.folder, { recursive: true });
  const files = [
    { name: `${input.baseName}.docx`, bytes: built.docx },
    { name: `${input.baseName}.pdf`, bytes: built.pdf },
  ];
  const manifest = new TextEncoder().encode(
    sendingManifest(request.report, files, limitBytes, changes, request.exportedAt),
  );
  const all = [...files, { name: `${input.baseName}-manifest.txt`, bytes: manifest }];
  for (const file of all) await writeExportedFile(path.join(input.folder, file.name), file.bytes);
  const totalBytes = all.reduce((sum, file) => sum + file.bytes.byteLength, 0);
  return {
    folder: input.folder,
    files: all.map((file) => ({ name: file.name, byteLength: file.bytes.byteLength })),
    totalBytes,
    limitBytes,
    fits: totalBytes <= limitBytes,
    photos: changes,
    warnings: dedupe(warnings),
  };
}

async function buildBoth(
  input: SendingInput,
  request: ExportRequest,
): Promise<{ docx: Uint8Array; pdf: Uint8Array; total: number; warnings: ExportWarning[] }> {
  const quiet = (): void => undefined;
  const docx = await input.runner({ ...request, options: { ...request.options, format: 'docx' } }, quiet, input.signal);
  const pdf = await input.runner({ ...request, options: { ...request.options, format: 'pdf' } }, quiet, input.signal);
  if (input.signal?.aborted) throw exportCancelled();
  return {
    docx: docx.bytes,
    pdf: pdf.bytes,
    total: docx.bytes.byteLength + pdf.bytes.byteLength,
    warnings: [...docx.warnings, ...pdf.warnings],
  };
}

function dedupe(warnings: readonly ExportWarning[]): ExportWarning[] {
  const seen = new Set<string>();
  return warnings.filter((warning) => !seen.has(warning.message) && seen.add(warning.message));
}
