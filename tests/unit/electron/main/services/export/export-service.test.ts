import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { systemClock } from '@/electron/main/services/clock';
import { exampleReport } from '@/electron/main/services/export/example/example-report';
import { inProcessExportRunner, type ExportRunner } from '@/electron/main/services/export/export-runner';
import { ExportService } from '@/electron/main/services/export/export-service';
import type { ExportFileDialogs } from '@/electron/main/services/export/file-dialogs';
import { workerExportRunner } from '@/electron/main/services/export/worker/worker-export-runner';
import { JobRegistry } from '@/electron/main/services/jobs/job-registry';
import { RipotiError } from '@/shared/errors';
import { bundledFramework } from '@/shared/framework/load';
import { defaultExportOptions, type ExportResult } from '@/shared/ipc/channels/export';
import { emptySection } from '@/shared/report/create';

const run = promisify(execFile);
const framework = bundledFramework();
const tsxWorker = new URL('./support/export-worker-under-tsx.mjs', import.meta.url);
const example = exampleReport(framework, { wordsPerFeature: 60, photoCount: 3 });

/** The stand-in for Electron's dialogs: answers with a path in a temporary folder and records calls. */
function recordingDialogs(folder: string, answer: 'save' | 'cancel' = 'save') {
  const calls: string[] = [];
  const dialogs: ExportFileDialogs = {
    chooseSavePath: (name) => {
      calls.push(`save ${name}`);
      return Promise.resolve(answer === 'save' ? path.join(folder, name) : null);
    },
    openFile: (file) => {
      calls.push(`open ${file}`);
      return Promise.resolve();
    },
    showInFolder: (file) => void calls.push(`show ${file}`),
  };
  return { dialogs, calls };
}

describe('ExportService', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'ripoti-export-'));
  });
  afterEach(() => rm(folder, { recursive: true, force: true }));

  function service(dialogs: ExportFileDialogs, runner: ExportRunner = inProcessExportRunner) {
    const jobs = new JobRegistry();
    const readAttachment = (id: string) => {
      const bytes = example.photos.get(id);
      return bytes ? Promise.resolve(bytes) : Promise.reject(new RipotiError('not-found', 'missing'));
    };
    return {
      jobs,
      exports: new ExportService({
        loadReport: () => Promise.resolve(example.report),
        framework,
        jobs,
        dialogs,
        readAttachment,
        runner,
        clock: systemClock,
      }),
    };
  }

  it('saves where the dialog says, as a job with progress, then opens and shows only that file', async () => {
    const { dialogs, calls } = recordingDialogs(folder);
    const { jobs, exports } = service(dialogs);
    const started = await exports.start(example.report.id, defaultExportOptions);
    expect(started.jobId).toMatch(/^export-/);
    const status = await jobs.settled(started.jobId ?? '');
    expect(status.state).toBe('done');
    const result = (status as { value: ExportResult }).value;
    expect(result.fileName).toMatch(/^Kilifi-progress-report-draft-\d{4}-\d{2}-\d{2}\.docx$/);
    expect((await stat(result.filePath)).size).toBe(result.byteLength);
    expect((await readFile(result.filePath)).subarray(0, 2).toString()).toBe('PK');
    await exports.open(result.filePath);
    exports.show(result.filePath);
    expect(calls).toEqual([`save ${result.fileName}`, `open ${result.filePath}`, `show ${result.filePath}`]);
    await expect(exports.open('/etc/passwd')).rejects.toThrow(/only opens reports it exported/);
    expect(() => exports.show(path.join(folder, 'other.docx'))).toThrow(RipotiError);
  });

  it('saves the PDF kind through the same pipeline, in the worker thread: the pages, tagged, and Open accepts it', async () => {
    const { dialogs, calls } = recordingDialogs(folder);
    const { jobs, exports } = service(dialogs, workerExportRunner({ script: tsxWorker }));
    const started = await exports.start(example.report.id, { ...defaultExportOptions, format: 'pdf' });
    const codes = new Set<string>();
    for (;;) {
      const status = jobs.status(started.jobId ?? '');
      if (status.state === 'running') codes.add(status.progress.step.code);
      else break;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const status = jobs.status(started.jobId ?? '');
    if (status.state !== 'done') throw new Error(JSON.stringify(status));
    const result = status.value as ExportResult;
    expect(result.fileName).toMatch(/^Kilifi-progress-report-draft-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(calls).toEqual([`save ${result.fileName}`]);
    expect((await readFile(result.filePath)).subarray(0, 5).toString()).toBe('%PDF-');
    expect(codes.has('writing-pdf')).toBe(true);
    const { stdout } = await run('pdfinfo', [result.filePath]);
    expect(stdout).toMatch(/^Tagged:\s+yes$/m);
    await exports.open(result.filePath);
    expect(calls.at(-1)).toBe(`open ${result.filePath}`);
  }, 120_000);

  it('returns no job when the officer cancels the save dialog', async () => {
    const { exports } = service(recordingDialogs(folder, 'cancel').dialogs);
    expect(await exports.start(example.report.id, defaultExportOptions)).toEqual({ jobId: null });
  });

  it('builds the document while the officer is still choosing where to save', async () => {
    let answer: (chosen: string | null) => void = () => undefined;
    const { dialogs } = recordingDialogs(folder);
    const waiting: ExportFileDialogs = {
      ...dialogs,
      chooseSavePath: () => new Promise((resolve) => (answer = resolve)),
    };
    const steps: string[] = [];
    let built = false;
    const runner: ExportRunner = async (request, progress, signal) => {
      const document = await inProcessExportRunner(
        request,
        (step) => (steps.push(step.step.code), progress(step)),
        signal,
      );
      built = true;
      return document;
    };
    const { jobs, exports } = service(waiting, runner);
    const starting = exports.start(example.report.id, defaultExportOptions);
    await vi.waitFor(() => expect(built).toBe(true), { timeout: 20_000 });
    answer(path.join(folder, 'chosen.docx'));
    const { jobId } = await starting;
    const status = await jobs.settled(jobId ?? '');
    expect(status.state).toBe('done');
    expect((status as { value: ExportResult }).value.fileName).toBe('chosen.docx');
    expect(steps).toContain('laying-out');
  });

  it('stops the build when the officer closes the save dialog', async () => {
    let runnerStarted: () => void = () => undefined;
    const started = new Promise<void>((resolve) => (runnerStarted = resolve));
    const { dialogs } = recordingDialogs(folder);
    // The officer closes the dialog once the build is under way.
    const closing: ExportFileDialogs = { ...dialogs, chooseSavePath: () => started.then(() => null) };
    let stopped: Promise<void> | undefined;
    const runner: ExportRunner = (_request, _progress, signal) => {
      stopped = new Promise((resolve) => signal?.addEventListener('abort', () => resolve(), { once: true }));
      runnerStarted();
      return new Promise(() => undefined);
    };
    const { exports } = service(closing, runner);
    expect(await exports.start(example.report.id, defaultExportOptions)).toEqual({ jobId: null });
    await expect(stopped).resolves.toBeUndefined();
  });

  it('refuses a final export that fails the final check before asking for a file', async () => {
    const { dialogs, calls } = recordingDialogs(folder);
    const jobs = new JobRegistry();
    const empty = {
      ...example.report,
      sections: { ...example.report.sections, '1.1.1': emptySection(example.report.updatedAt) },
    };
    const exports = new ExportService({
      loadReport: () => Promise.resolve(empty),
      framework,
      jobs,
      dialogs,
      readAttachment: () => Promise.reject(new Error('unused')),
      runner: inProcessExportRunner,
      clock: systemClock,
    });
    await expect(exports.start(empty.id, { ...defaultExportOptions, mode: 'final' })).rejects.toThrow(
      /^The final report still fails the check: unanswered \(1: sections\.1\.1\.1\.narrative\)\. Fix these/,
    );
    expect(calls).toEqual([]);
  });

  it('builds the document in a worker thread and reports its progress', async () => {
    const { dialogs } = recordingDialogs(folder);
    const runner = workerExportRunner({ script: tsxWorker });
    const { jobs, exports } = service(dialogs, runner);
    const { jobId } = await exports.start(example.report.id, defaultExportOptions);
    const codes = new Set<string>();
    for (;;) {
      const status = jobs.status(jobId ?? '');
      if (status.state === 'running') codes.add(status.progress.step.code);
      else {
        if (status.state !== 'done') throw new Error(JSON.stringify(status));
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect([...codes].some((code) => code === 'preparing-photo' || code === 'laying-out')).toBe(true);
    const files = await import('node:fs/promises').then((fs) => fs.readdir(folder));
    expect(files.filter((name) => name.endsWith('.docx'))).toHaveLength(1);
    expect(files.some((name) => name.endsWith('.part'))).toBe(false);
  });

  it('gets a worker thread ready when the Export step opens, and the first export then runs on it', async () => {
    const { dialogs } = recordingDialogs(folder);
    const runner = workerExportRunner({ script: tsxWorker, keepWarmMs: 60_000 });
    const { jobs, exports } = service(dialogs, runner);
    expect(exports.prepare()).toBeNull();
    // The thread exists and is warming up: asking again waits for the same one.
    await runner.prepare?.();
    const { jobId } = await exports.start(example.report.id, defaultExportOptions);
    expect((await jobs.settled(jobId ?? '')).state).toBe('done');
  });

  it('cancels a worker export by terminating the thread', async () => {
    const { dialogs } = recordingDialogs(folder);
    const runner = workerExportRunner({ script: tsxWorker });
    const { jobs, exports } = service(dialogs, runner);
    const { jobId } = await exports.start(example.report.id, defaultExportOptions);
    jobs.cancel(jobId ?? '');
    expect((await jobs.settled(jobId ?? '')).state).toBe('cancelled');
  });
});
