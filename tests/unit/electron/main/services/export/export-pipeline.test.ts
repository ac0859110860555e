import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exampleReport } from '@/electron/main/services/export/example/example-report';
import { startExport, type ExportInput } from '@/electron/main/services/export/export-pipeline';
import { inProcessExportRunner, type ExportRunner } from '@/electron/main/services/export/export-runner';
import { RipotiError } from '@/shared/errors';
import { bundledFramework } from '@/shared/framework/load';
import { defaultExportOptions, type ExportOptions } from '@/shared/ipc/channels/export';
import type { JobProgress } from '@/shared/ipc/channels/jobs';
import { createReport } from '@/shared/report/create';

const framework = bundledFramework();
const exportedAt = '2026-11-01T09:00:00.000Z';
const example = exampleReport(framework, { wordsPerFeature: 40, photoCount: 3 });
const [firstPhoto = '', secondPhoto = '', thirdPhoto = ''] = [...example.photos.keys()];

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'ripoti-pipeline-'));
});
afterEach(() => rm(folder, { recursive: true, force: true }));

function input(overrides: Partial<ExportInput> = {}): ExportInput {
  return {
    report: example.report,
    framework,
    options: defaultExportOptions,
    exportedAt,
    readAttachment: (id) => Promise.resolve(example.photos.get(id) ?? new Uint8Array()),
    runner: inProcessExportRunner,
    ...overrides,
  };
}

/** The photos a .docx holds: its pictures less the measures' charts (each named "Measures of …" by its caption). */
async function mediaIn(filePath: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(await readFile(filePath));
  const body = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const relations = (await zip.file('word/_rels/document.xml.rels')?.async('string')) ?? '';
  const photoIds = [...body.matchAll(/<w:drawing>[\s\S]*?<\/w:drawing>/g)]
    .filter(([drawing]) => !/<wp:docPr [^>]*name="Measures of /.test(drawing))
    .flatMap(([drawing]) => /r:embed="([^"]+)"/.exec(drawing)?.[1] ?? []);
  const targets = new Set(
    photoIds.map(
      (id) =>
        new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(relations)?.[1] ??
        new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(relations)?.[1],
    ),
  );
  return Object.keys(zip.files).filter(
    (name) => name.startsWith('word/media/') && targets.has(name.replace(/^word\//, '')),
  );
}

describe('the one export pipeline', () => {
  it('refuses a final export that fails the final check before reading a photo or building, until each kind is confirmed', async () => {
    const report = createReport(framework, { id: '11111111-2222-4333-8444-555555555555', now: exportedAt });
    let touched = 0;
    const counting: Partial<ExportInput> = {
      report,
      readAttachment: () => (touched++, Promise.reject(new Error('unused'))),
      runner: (request, progress, signal) => (touched++, inProcessExportRunner(request, progress, signal)),
    };
    const final: ExportOptions = { ...defaultExportOptions, mode: 'final' };
    expect(() => startExport(input({ ...counting, options: final }))).toThrow(
      /^The final report still fails the check: profile \(8: profile\.city.*; unanswered \(43: sections\.1\.1\.1\.narrative/,
    );
    // Confirming one kind is not confirming the other.
    expect(() => startExport(input({ ...counting, options: { ...final, confirmed: ['unanswered'] } }))).toThrow(
      /fails the check: profile \(8: [^;]*\)\. Fix these/,
    );
    expect(touched).toBe(0);
    const confirmed = await startExport(
      input({ ...counting, options: { ...final, confirmed: ['profile', 'unanswered'] } }),
    ).saveTo(path.join(folder, 'final.docx'));
    expect(confirmed.byteLength).toBeGreaterThan(5000);
  });

  it('names the file it suggests and writes, adding the extension the officer left off', async () => {
    const started = startExport(input());
    expect(started.suggestedFileName).toBe('Kilifi-progress-report-draft-2026-11-01.docx');
    expect(started.file).toEqual({ description: 'Word document', extension: 'docx' });
    const result = await started.saveTo(path.join(folder, 'kilifi'));
    expect(result).toMatchObject({ filePath: path.join(folder, 'kilifi.docx'), fileName: 'kilifi.docx', warnings: [] });
    expect(await readdir(folder)).toEqual(['kilifi.docx']);
  });

  it('reports each step as a code, in order, the last one saving the file', async () => {
    const seen: JobProgress<'export'>[] = [];
    await startExport(input()).saveTo(path.join(folder, 'r.docx'), (progress) => seen.push(progress));
    expect(seen.map((progress) => progress.step.code)).toEqual([
      'reading-photos',
      'preparing-photo',
      'preparing-photo',
      'preparing-photo',
      'drawing-charts',
      'laying-out',
      'saving',
    ]);
    expect(seen[2]).toEqual({ done: 1, total: 5, step: { code: 'preparing-photo', photo: 2, photos: 3 } });
    expect(seen.at(-1)).toEqual({ done: 4, total: 5, step: { code: 'saving' } });
  });

  it('names, in one list, a photo it could not read and one it could not decode', async () => {
    const readAttachment = (id: string) => {
      if (id === firstPhoto) return Promise.reject(new RipotiError('not-found', 'it is not in the drafts folder'));
      if (id === secondPhoto)
        return Promise.resolve(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]));
      return Promise.resolve(example.photos.get(id) ?? new Uint8Array());
    };
    const result = await startExport(input({ readAttachment })).saveTo(path.join(folder, 'r.docx'));
    expect(result.warnings.map((warning) => warning.problem)).toEqual(['unreadable', 'cut-short']);
    expect(result.warnings[0]?.message).toMatch(/it is not in the drafts folder\.$/);
    expect(await mediaIn(result.filePath)).toHaveLength(1);
  });

  it('puts a cover photo on the cover for any caller, even with the areas’ photos left out', async () => {
    const result = await startExport(
      input({ options: { ...defaultExportOptions, includePhotos: false }, coverAttachmentId: thirdPhoto }),
    ).saveTo(path.join(folder, 'cover.docx'));
    expect(await mediaIn(result.filePath)).toHaveLength(1);
    const withoutCover = await startExport(
      input({ options: { ...defaultExportOptions, includePhotos: false } }),
    ).saveTo(path.join(folder, 'plain.docx'));
    expect(await mediaIn(withoutCover.filePath)).toEqual([]);
  });

  it('stops the build when stopped or cancelled, and writes nothing', async () => {
    let aborted = false;
    const hanging: ExportRunner = (_request, _progress, signal) =>
      new Promise((_resolve, reject) =>
        signal?.addEventListener('abort', () => {
          aborted = true;
          reject(new RipotiError('cancelled', 'The export was cancelled.'));
        }),
      );
    const cancel = new AbortController();
    const saving = startExport(input({ runner: hanging })).saveTo(
      path.join(folder, 'never.docx'),
      () => undefined,
      cancel.signal,
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    cancel.abort();
    await expect(saving).rejects.toMatchObject({ code: 'cancelled', message: 'The export was cancelled.' });
    expect(aborted).toBe(true);
    const stopped = startExport(input());
    stopped.stop();
    await expect(stopped.saveTo(path.join(folder, 'never.docx'))).rejects.toMatchObject({ code: 'cancelled' });
    expect(await readdir(folder)).toEqual([]);
  });
});
