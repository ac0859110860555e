import { afterEach, describe, expect, it } from 'vitest';
import type { ExportRequest } from '@/electron/main/services/export/export-request';
import type { ExportRunner } from '@/electron/main/services/export/export-runner';
import { workerExportRunner } from '@/electron/main/services/export/worker/worker-export-runner';
import type { JobProgress } from '@/shared/ipc/channels/jobs';

const script = new URL('./support/echo-worker.mjs', import.meta.url);

/** The stand-in worker only reads `exportedAt`, which says how it answers. */
function request(answer: 'ok' | 'fail' | 'exit' | 'hang'): ExportRequest {
  return { exportedAt: answer, photos: new Map() } as unknown as ExportRequest;
}

/** Runs an export and says which thread did it, and how many warm-ups that thread had done. */
async function threadOf(runner: ExportRunner, signal?: AbortSignal): Promise<string> {
  const steps: JobProgress<'export'>[] = [];
  const { warnings } = await runner(request('ok'), (progress) => steps.push(progress), signal);
  expect(steps.map((progress) => progress.step.code)).toEqual(['laying-out']);
  return warnings[0]?.photo ?? '';
}

const idOf = (thread: string) => thread.split(',')[0];

afterEach(() => {
  delete process.env['RIPOTI_TEST_WARM_UP_MS'];
});

describe('workerExportRunner', () => {
  it('keeps a thread that finished an export warm for the next one', async () => {
    const runner = workerExportRunner({ script, keepWarmMs: 60_000 });
    const first = await threadOf(runner);
    expect(await threadOf(runner)).toBe(first);
  });

  it('starts a fresh thread for each export when nothing is kept warm', async () => {
    const runner = workerExportRunner({ script });
    expect(idOf(await threadOf(runner))).not.toBe(idOf(await threadOf(runner)));
  });

  it('ends the warm thread once it has waited long enough', async () => {
    const runner = workerExportRunner({ script, keepWarmMs: 30 });
    const first = await threadOf(runner);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(idOf(await threadOf(runner))).not.toBe(idOf(first));
  });

  it("never reuses the thread of a failed export, and passes the worker's error on", async () => {
    const runner = workerExportRunner({ script, keepWarmMs: 60_000 });
    const first = await threadOf(runner);
    await expect(runner(request('fail'), () => undefined)).rejects.toMatchObject({
      code: 'invalid-data',
      message: 'The photo "x" was left out.',
    });
    expect(idOf(await threadOf(runner))).not.toBe(idOf(first));
  });

  it('ends a cancelled export’s thread and never reuses it', async () => {
    const runner = workerExportRunner({ script, keepWarmMs: 60_000 });
    const first = await threadOf(runner);
    const stop = new AbortController();
    const hanging = runner(request('hang'), () => undefined, stop.signal);
    stop.abort();
    await expect(hanging).rejects.toMatchObject({ code: 'cancelled' });
    expect(idOf(await threadOf(runner))).not.toBe(idOf(first));
  });

  it('fails the export with a plain message when its thread exits on its own', async () => {
    const runner = workerExportRunner({ script, keepWarmMs: 60_000 });
    await expect(runner(request('exit'), () => undefined)).rejects.toMatchObject({
      code: 'internal',
      message: 'The export stopped unexpectedly.',
    });
    expect(await threadOf(runner)).toMatch(/^thread \d+, 0 warm-ups$/);
  });
});

describe('preparing a thread before the first export', () => {
  it('starts one thread, warms it up once, and gives it to the next export', async () => {
    const runner = workerExportRunner({ script, keepWarmMs: 60_000 });
    await runner.prepare?.();
    await runner.prepare?.();
    const thread = await threadOf(runner);
    expect(thread).toMatch(/, 1 warm-ups$/);
    expect(await threadOf(runner)).toBe(thread);
  });

  it('lets an export that comes during the warm-up wait for it on the same thread', async () => {
    process.env['RIPOTI_TEST_WARM_UP_MS'] = '200';
    const runner = workerExportRunner({ script, keepWarmMs: 60_000 });
    const ready = runner.prepare?.();
    const thread = await threadOf(runner);
    expect(thread).toMatch(/, 1 warm-ups$/);
    await expect(ready).resolves.toBeUndefined();
  });

  it('starts no second thread while an export runs: that one stays warm', async () => {
    const runner = workerExportRunner({ script, keepWarmMs: 60_000 });
    const running = threadOf(runner);
    await runner.prepare?.();
    const thread = await running;
    expect(thread).toMatch(/, 0 warm-ups$/);
    expect(await threadOf(runner)).toBe(thread);
  });

  it('does nothing where threads are not kept, and a prepared thread left unused ends after its wait', async () => {
    const unkept = workerExportRunner({ script });
    await unkept.prepare?.();
    expect(await threadOf(unkept)).toMatch(/, 0 warm-ups$/);
    const runner = workerExportRunner({ script, keepWarmMs: 50 });
    await runner.prepare?.();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await threadOf(runner)).toMatch(/, 0 warm-ups$/);
  });
});
