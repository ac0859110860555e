import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { ExportWarning } from '../../../../../shared/ipc/channels/export';
import type { PhotoChange, SendingPackage } from '../../../../../shared/ipc/channels/preview';
import type { ExportProgress, ExportRequest, PhotoFile } from '../export-request';
import type { ExportRunner } from '../export-runner';
import { PhotoRefused } from '../images/photo-refused';
import type { PagesRunner } from '../preview/pages-runner';
import { writeExportedFile } from '../write-exported-file';
import { decodePhoto, encodePhoto, type DecodedPhoto } from './photo-pixels';
import { estimateTotals, firstFitting, SETTINGS, type PhotoSetting } from './photo-settings';
import { sendingManifest } from './sending-manifest';

export interface SendingInput {
  readonly request: ExportRequest;
  readonly limitBytes: number;
  /** Where to write, and the files' name without extension. */
  readonly folder: string;
  readonly baseName: string;
  readonly docx: ExportRunner;
  readonly pages: PagesRunner;
  readonly progress?: ExportProgress;
}

/** Room kept for the manifest and for the estimate being a little off. */
const MANIFEST_ROOM = 8 * 1024;

/**
 * "Prepare for sending": the final Word file, its PDF and a manifest, together under the
 * limit. When the photos make them too large, every photo is saved again at the most
 * legible setting that fits (quality first, then size, never under 1000 px on the long
 * side), measured on the real files, and the officer is told what changed.
 */
export async function prepareSending(input: SendingInput): Promise<SendingPackage> {
  const { request, limitBytes } = input;
  const step = (done: number, label: string): void => input.progress?.({ done, total: 6, label });
  step(0, 'Building the Word file and the PDF');
  let built = await buildBoth(input, request);
  let setting: PhotoSetting | undefined;
  let changes: PhotoChange[] = [];
  const warnings: ExportWarning[] = [...built.warnings];
  if (built.total + MANIFEST_ROOM > limitBytes && request.photos.size > 0) {
    step(1, 'Reading the photos');
    const decoded = decodeAll(request.photos, warnings);
    step(2, 'Measuring the report without its photos');
    const bare = await buildBoth(input, { ...request, photos: new Map(), options: { ...request.options, includePhotos: false } });
    const budget = (limitBytes - bare.total - MANIFEST_ROOM) / 2;
    let index = firstFitting(estimateTotals(decoded), budget);
    for (;;) {
      setting = SETTINGS[index] ?? SETTINGS[SETTINGS.length - 1];
      if (!setting) break;
      step(3, `Saving the photos at quality ${setting.quality}, ${setting.longSide} px`);
      const saved = savePhotos(decoded, setting);
      changes = saved.changes;
      step(4, 'Building the Word file and the PDF again');
      built = await buildBoth(input, { ...request, photos: saved.photos });
      if (built.total + MANIFEST_ROOM <= limitBytes || index >= SETTINGS.length - 1) break;
      index++;
    }
  }
  step(5, 'Writing the files');
  await mkdir(input.folder, { recursive: true });
  const files = [
    { name: `${input.baseName}.docx`, bytes: built.docx },
    { name: `${input.baseName}.pdf`, bytes: built.pdf },
  ];
  const manifest = new TextEncoder().encode(sendingManifest(request.report, files, limitBytes, setting, changes, request.exportedAt));
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
    ...(setting ? { setting } : {}),
    warnings: dedupe(warnings),
  };
}

async function buildBoth(input: SendingInput, request: ExportRequest): Promise<{ docx: Uint8Array; pdf: Uint8Array; total: number; warnings: ExportWarning[] }> {
  const docx = await input.docx(request, () => undefined);
  const pdf = await input.pages.pdf(request);
  return { docx: docx.bytes, pdf: pdf.bytes, total: docx.bytes.byteLength + pdf.bytes.byteLength, warnings: [...docx.warnings] };
}

function decodeAll(photos: ReadonlyMap<string, PhotoFile>, warnings: ExportWarning[]): DecodedPhoto[] {
  const decoded: DecodedPhoto[] = [];
  for (const [id, photo] of photos) {
    try {
      decoded.push(decodePhoto(id, photo.name, photo.bytes));
    } catch (error) {
      if (!(error instanceof PhotoRefused)) throw error;
      warnings.push(error.warning);
    }
  }
  return decoded;
}

/** Every photo at the setting; one that was already smaller as it was stays as it was. */
function savePhotos(photos: readonly DecodedPhoto[], setting: PhotoSetting): { photos: Map<string, PhotoFile>; changes: PhotoChange[] } {
  const saved = new Map<string, PhotoFile>();
  const changes: PhotoChange[] = [];
  for (const photo of photos) {
    const encoded = encodePhoto(photo, setting.longSide, setting.quality);
    if (encoded.bytes.byteLength >= photo.prepared.bytes && photo.prepared.longSide <= setting.longSide) {
      saved.set(photo.id, { name: photo.name, bytes: photo.preparedBytes });
      continue;
    }
    saved.set(photo.id, { name: photo.name, bytes: encoded.bytes });
    changes.push({ name: photo.name, before: photo.prepared, after: { longSide: encoded.longSide, bytes: encoded.bytes.byteLength } });
  }
  return { photos: saved, changes };
}

function dedupe(warnings: readonly ExportWarning[]): ExportWarning[] {
  const seen = new Set<string>();
  return warnings.filter((warning) => !seen.has(warning.message) && seen.add(warning.message));
}
