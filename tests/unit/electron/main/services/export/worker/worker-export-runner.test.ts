import { describe, expect, it } from 'vitest';
import type { ExportRequest } from '../../../../../../../electron/main/services/export/export-request';
import type { ExportRunner } from '../../../../../../../electron/main/services/export/export-runner';
import { workerExportRunner } from '../../../../../../../electron/main/services/export/worker/worker-export-runner';
import type { JobProgress } from '../../../../../../../shared/ipc/channels/jobs';

const script = new URL('./support/echo-worker.mjs', import.meta.url);

/** The stand-in worker only reads `exportedAt`, which says how it answers. */
function request(answer: 'ok' | 'fail' | 'exit' | 'hang'): ExportRequest {
  return { exportedAt: answer, photos: new Map() } as unknown as ExportRequest;
}

/** Runs an export and says which thread did it. */
async function threadOf(runner: ExportRunner, signal?: AbortSignal): Promise<string> {
  const steps: JobProgress<'export'>[] = [];
  const { warnings } = await runner(request('ok'), (progress) => steps.push(progress), signal);
  expect(steps.map((progress) => progress.step.code)).toEqual(['laying-out']);
  return warnings[0]?.photo ?? '';
}

describe('workerExportRunner', () => {
  it('keeps a thread that finished an export warm for the next one', async () => {
    const runner = workerExportRunner({ script, keepWarmMs: 60_000 });
    const first = await threadOf(runner);
    expect(await threadOf(runner)).toBe(first);
  });

  it('starts a fresh thread for each export when nothing is kept warm', async () => {
    const runner = workerExportRunner({ script });
    expect(await threadOf(runner)).not.toBe(await threadOf(runner));
  });

  it('ends the warm thread once it has waited long enough', async () => {
    const runner = workerExportRunner({ script, keepWarmMs: 30 });
    const first = await threadOf(runner);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await threadOf(runner)).not.toBe(first);
  });

  it("never reuses the thread of a failed export, and passes the worker's error on", async () => {
    const runner = workerExportRunner({ script, keepWarmMs: 60_000 });
    const first = await threadOf(runner);
    await expect(runner(request('fail'), () => undefined)).rejects.toMatchObject({ code: 'invalid-data', message: 'The photo "x" was left out.' });
    expect(await threadOf(runner)).not.toBe(first);
  });

  it('ends a cancelled export’s thread and never reuses it', async () => {
    const runner = workerExportRunner({ script, keepWarmMs: 60_000 });
    const first = await threadOf(runner);
    const stop = new AbortController();
    const hanging = runner(request('hang'), () => undefined, stop.signal);
    stop.abort();
    await expect(hanging).rejects.toMatchObject({ code: 'cancelled' });
    expect(await threadOf(runner)).not.toBe(first);
  });

  it('fails the export with a plain message when its thread exits on its own', async () => {
    const runner = workerExportRunner({ script, keepWarmMs: 60_000 });
    await expect(runner(request('exit'), () => undefined)).rejects.toMatchObject({ code: 'internal', message: 'The export stopped unexpectedly.' });
    expect(await threadOf(runner)).toMatch(/^thread \d+$/);
  });
});
