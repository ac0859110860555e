import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleReport } from '../../../../../../../electron/main/services/export/example/example-report';
import { inProcessExportRunner } from '../../../../../../../electron/main/services/export/export-runner';
import { inProcessPagesRunner, type PagesRunner } from '../../../../../../../electron/main/services/export/preview/pages-runner';
import { PreviewService } from '../../../../../../../electron/main/services/export/preview/preview-service';
import { JobRegistry } from '../../../../../../../electron/main/services/jobs/job-registry';
import { RipotiError } from '../../../../../../../shared/errors';
import { bundledFramework } from '../../../../../../../shared/framework/load';
import { defaultExportOptions, type ExportResult } from '../../../../../../../shared/ipc/channels/export';
import type { JobStatus } from '../../../../../../../shared/ipc/channels/jobs';

const run = promisify(execFile);
const framework = bundledFramework();
const example = exampleReport(framework, { wordsPerFeature: 80, photoCount: 3 });

async function finished(jobs: JobRegistry, jobId: string): Promise<JobStatus> {
  for (;;) {
    const status = jobs.status(jobId);
    if (status.state !== 'running') return status;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('PreviewService', () => {
  let folder: string;
  const layouts: string[] = [];
  const saved: string[] = [];
  const jobs = new JobRegistry();
  const counting: PagesRunner = {
    layout: (request) => {
      layouts.push(request.report.title);
      return inProcessPagesRunner.layout(request);
    },
    pdf: (request) => inProcessPagesRunner.pdf(request),
  };
  let service: PreviewService;
  let dependencies: ConstructorParameters<typeof PreviewService>[0];

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'ripoti-preview-'));
    dependencies = {
      loadReport: (id) => (id === example.report.id ? Promise.resolve(example.report) : Promise.reject(new RipotiError('not-found', 'No such report.'))),
      framework,
      jobs,
      dialogs: { chooseSavePath: (name) => Promise.resolve(path.join(folder, name)), openFile: () => Promise.resolve(), showInFolder: () => undefined },
      readAttachment: (id) => Promise.resolve(example.photos.get(id) ?? new Uint8Array()),
      runner: counting,
      docxRunner: inProcessExportRunner,
      clock: { nowIso: () => '2026-11-20T08:00:00.000Z', newId: () => 'not-used' },
      onWritten: (file) => saved.push(file),
    };
    service = new PreviewService(dependencies);
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('lays the report out as the form holds it, and again only when it changed', async () => {
    const first = await service.pages(example.report, defaultExportOptions);
    expect(first.model.pages.length).toBeGreaterThan(20);
    expect(await service.pages(example.report, defaultExportOptions)).toBe(first);
    const edited = { ...example.report, title: 'Edited title' };
    const second = await service.pages(edited, defaultExportOptions);
    expect(second.model.title).toBe('Edited title');
    expect(layouts).toEqual([example.report.title, 'Edited title']);
  });

  it('shows a final report with empty Key Features instead of refusing it (a preview is not a submission)', async () => {
    const empty = { ...example.report, sections: {} };
    const pages = await service.pages(empty, { ...defaultExportOptions, mode: 'final' });
    expect(pages.model.pages.length).toBeGreaterThan(3);
  });

  it('hands out the photos it laid out, by name, and nothing else', async () => {
    const { model } = await service.pages(example.report, defaultExportOptions);
    const photo = Object.values(model.pictures).find((picture) => !picture.chart);
    expect(service.picture(photo?.media ?? '')).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
    expect(() => service.picture(`${'0'.repeat(40)}.png`)).toThrow(/no longer in the preview/);
  });

  it('saves a PDF as a job, where the officer chose, and remembers it for Open and Show', async () => {
    const { jobId } = await service.savePdf(example.report.id, defaultExportOptions);
    const status = await finished(jobs, jobId ?? '');
    if (status.state !== 'done') throw new Error(`the job ended ${status.state}`);
    const result = status.value as ExportResult;
    expect(result.fileName).toBe('Kilifi-progress-report-draft-2026-11-20.pdf');
    expect(saved).toEqual([result.filePath]);
    expect((await readFile(result.filePath)).subarray(0, 5).toString()).toBe('%PDF-');
    const { stdout } = await run('pdfinfo', [result.filePath]);
    expect(stdout).toMatch(/^Tagged:\s+yes$/m);
  });

  it('asks nothing more when the officer closes the save dialog', async () => {
    const closing = new PreviewService({ ...dependencies, dialogs: { chooseSavePath: () => Promise.resolve(null), openFile: () => Promise.resolve(), showInFolder: () => undefined } });
    expect(await closing.savePdf(example.report.id, defaultExportOptions)).toEqual({ jobId: null });
  });
});
