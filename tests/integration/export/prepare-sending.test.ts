import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocx } from '@/electron/main/services/export/build-docx';
import { exampleReport } from '@/electron/main/services/export/example/example-report';
import { inProcessExportRunner } from '@/electron/main/services/export/export-runner';
import { photoFitter, photoWorkerFromSource } from '@/electron/main/services/export/images/photo-worker/photo-thread';
import type { ExportRequest } from '@/electron/main/services/export/export-request';
import { inspectImage } from '@/electron/main/services/export/images/inspect-image';
import { prepareSending } from '@/electron/main/services/export/package/prepare-sending';
import { bundledFramework } from '@/shared/framework/load';
import { defaultExportOptions } from '@/shared/ipc/channels/export';
import type { SendingPackage } from '@/shared/ipc/channels/sending';
import { cameraPhoto } from '../../fixtures/photos/camera-photos';

const run = promisify(execFile);
const framework = bundledFramework();
const MB = 1024 * 1024;
/** The bounded photo thread the app uses, run from source. */
const fitPhoto = photoFitter({ script: photoWorkerFromSource() });
const machinery = { runner: inProcessExportRunner, fitPhoto };

/** The example report with 20 camera photos (about 600 KB each at 1600 × 1200): a Word file of about 12 MB. */
function heavyReport(): ExportRequest {
  const example = exampleReport(framework, { photoCount: 20 });
  const photos = new Map(
    [...example.photos.keys()].map((id, index) => [id, { name: `IMG_${2041 + index}.jpg`, bytes: cameraPhoto(index) }]),
  );
  return {
    report: example.report,
    framework,
    options: { ...defaultExportOptions, mode: 'final' },
    photos,
    exportedAt: '2026-11-20T08:00:00.000Z',
  };
}

async function longSidesIn(docx: Uint8Array): Promise<number[]> {
  const zip = await JSZip.loadAsync(docx);
  const sides: number[] = [];
  for (const name of Object.keys(zip.files).filter((file) => /^word\/media\/.*\.jpe?g$/.test(file))) {
    const file = zip.file(name);
    if (!file) continue;
    const header = inspectImage(await file.async('uint8array'));
    if ('width' in header) sides.push(Math.max(header.width, header.height));
  }
  return sides;
}

describe('Prepare for sending: a 20-photo report of about 12 MB, to fit in 5 MB', () => {
  const request = heavyReport();
  let folder: string;
  let before: number;
  let sent: SendingPackage;

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'ripoti-sending-'));
    before = (await buildDocx(request)).bytes.byteLength;
    sent = await prepareSending({
      request,
      limitBytes: 5 * MB,
      folder,
      baseName: 'Kilifi-progress-report-final',
      ...machinery,
    });
  }, 900_000);
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('starts from a Word file of about 12 MB', () => {
    expect(before).toBeGreaterThan(11 * MB);
  });

  it('writes the Word file, the PDF and the manifest, together under 5 MB', () => {
    expect(sent.files.map((file) => file.name)).toEqual([
      'Kilifi-progress-report-final.docx',
      'Kilifi-progress-report-final.pdf',
      'Kilifi-progress-report-final-manifest.txt',
    ]);
    expect(sent.totalBytes).toBeLessThanOrEqual(5 * MB);
    expect(sent.fits).toBe(true);
    console.log(
      `12 MB report → ${sent.files.map((file) => `${file.name} ${Math.round(file.byteLength / 1024)} KB`).join(', ')}; photos at quality ${[...new Set(sent.photos.map((photo) => photo.after.quality))].join('/')}, long sides ${[...new Set(sent.photos.map((photo) => photo.after.longSide))].join('/')} px`,
    );
  });

  it('keeps every photo legible: at least 1000 px on its long side, in the Word file and the PDF', async () => {
    const docx = await readFile(path.join(folder, 'Kilifi-progress-report-final.docx'));
    const sides = await longSidesIn(docx);
    expect(sides).toHaveLength(20);
    for (const side of sides) expect(side).toBeGreaterThanOrEqual(1000);
    const { stdout } = await run('pdfimages', ['-list', path.join(folder, 'Kilifi-progress-report-final.pdf')]);
    const images = stdout
      .split('\n')
      .slice(2)
      .filter(Boolean)
      .map((line) => line.trim().split(/\s+/));
    expect(images.filter((columns) => columns[2] === 'image' && columns[8] === 'jpeg')).toHaveLength(20);
    for (const columns of images.filter((each) => each[8] === 'jpeg'))
      expect(Math.max(Number(columns[3]), Number(columns[4]))).toBeGreaterThanOrEqual(1000);
  });

  it('tells what changed in each photo, and the manifest says it too, with each file’s checksum', async () => {
    expect(sent.photos).toHaveLength(20);
    for (const photo of sent.photos) {
      expect(photo.after.bytes).toBeLessThan(photo.before.bytes);
      expect(photo.after.longSide).toBeGreaterThanOrEqual(1000);
    }
    const manifest = await readFile(path.join(folder, 'Kilifi-progress-report-final-manifest.txt'), 'utf8');
    for (const name of ['Kilifi-progress-report-final.docx', 'Kilifi-progress-report-final.pdf']) {
      const digest = createHash('sha256')
        .update(await readFile(path.join(folder, name)))
        .digest('hex');
      expect(manifest).toContain(name);
      expect(manifest).toContain(digest);
    }
    const first = sent.photos.find((photo) => photo.name === 'IMG_2041.jpg');
    expect(manifest).toContain(
      `IMG_2041.jpg: 1600 px, ${Math.round((first?.before.bytes ?? 0) / 1024)} KB → ${first?.after.longSide} px`,
    );
    expect(manifest).toContain(`JPEG quality ${first?.after.quality}`);
  });

  it('gives files that open: the PDF has the Word file’s pages', async () => {
    const { stdout } = await run('pdfinfo', [path.join(folder, 'Kilifi-progress-report-final.pdf')]);
    expect(Number(/Pages:\s+(\d+)/.exec(stdout)?.[1])).toBeGreaterThan(60);
  });
});

describe('Prepare for sending when nothing needs to change, or nothing can fit', () => {
  it('leaves the photos as they are when everything fits', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'ripoti-sending-'));
    try {
      const example = exampleReport(framework, { wordsPerFeature: 100, photoCount: 3 });
      const photos = new Map([...example.photos].map(([id, bytes]) => [id, { name: `${id.slice(0, 6)}.png`, bytes }]));
      const sent = await prepareSending({
        request: {
          report: example.report,
          framework,
          options: defaultExportOptions,
          photos,
          exportedAt: '2026-11-20T08:00:00.000Z',
        },
        limitBytes: 5 * MB,
        folder,
        baseName: 'small',
        ...machinery,
      });
      expect(sent.fits).toBe(true);
      expect(sent.photos).toEqual([]);
      expect(await readFile(path.join(folder, 'small-manifest.txt'), 'utf8')).toContain('Photos as they were');
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }, 300_000);

  it('says so, at the smallest legible setting, when even that is over the limit', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'ripoti-sending-'));
    try {
      const example = exampleReport(framework, { wordsPerFeature: 100, photoCount: 4 });
      const photos = new Map(
        [...example.photos.keys()].map((id, index) => [
          id,
          { name: `IMG_${index}.jpg`, bytes: cameraPhoto(100 + index, 1200, 900) },
        ]),
      );
      const sent = await prepareSending({
        request: {
          report: example.report,
          framework,
          options: defaultExportOptions,
          photos,
          exportedAt: '2026-11-20T08:00:00.000Z',
        },
        limitBytes: 0.3 * MB,
        folder,
        baseName: 'tiny',
        ...machinery,
      });
      expect(sent.fits).toBe(false);
      expect(sent.totalBytes).toBeGreaterThan(0.3 * MB);
      expect(sent.photos).toHaveLength(4);
      for (const photo of sent.photos) expect(photo.after).toMatchObject({ longSide: 1000, quality: 25 });
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }, 300_000);
});
