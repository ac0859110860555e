import { describe, expect, it } from 'vitest';
import { JobRegistry } from '@/electron/main/services/jobs/job-registry';
import { MainEvents } from '@/electron/main/services/main-events';
import { RipotiError } from '@/shared/errors';
import { jobUpdateSchema } from '@/shared/ipc/channels/jobs';
import type { SyncOutcome } from '@/shared/ipc/channels/sync';
import type { ExportResult } from '@/shared/ipc/channels/export';

const result: ExportResult = { filePath: '/tmp/report.docx', fileName: 'report.docx', byteLength: 4, warnings: [] };
const synced: SyncOutcome = {
  kind: 'synced',
  at: '2026-11-01T09:00:00.000Z',
  sentDocs: 3,
  sentAttachments: 1,
  receivedDocs: 0,
  skipped: 0,
};

/** A registry whose events are recorded as the window would receive them. */
function announcing() {
  const events = new MainEvents();
  const sent: [string, unknown][] = [];
  events.connect((channel, payload) => sent.push([channel, payload]));
  return { jobs: new JobRegistry({ events }), sent };
}

describe('long tasks run as jobs', () => {
  it('reports progress while running and the value when done', async () => {
    const jobs = new JobRegistry();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const id = jobs.start('export', async (context) => {
      context.progress({ done: 1, total: 3, step: { code: 'laying-out' } });
      await gate;
      return result;
    });
    expect(jobs.status(id)).toEqual({
      state: 'running',
      progress: { done: 1, total: 3, step: { code: 'laying-out' } },
    });
    release();
    expect(await jobs.settled(id)).toEqual({ state: 'done', value: result });
    expect(jobs.update(id)).toEqual({ jobId: id, kind: 'export', status: { state: 'done', value: result } });
  });

  it('announces every step and the end as jobs:updated events that pass the contract', async () => {
    const { jobs, sent } = announcing();
    const id = jobs.start('sync', async (context) => {
      context.progress({ done: 0, total: 2, step: { code: 'sending-photo', fileName: 'Darasa.jpg', percent: 0 } });
      context.progress({ done: 1, total: 2, step: { code: 'sending-changes' } });
      await Promise.resolve();
      return synced;
    });
    await jobs.settled(id);
    expect(sent.map(([channel]) => channel)).toEqual(['jobs:updated', 'jobs:updated', 'jobs:updated']);
    const updates = sent.map(([, payload]) => jobUpdateSchema.parse(payload));
    expect(updates.map((update) => update.status.state)).toEqual(['running', 'running', 'done']);
    expect(updates[2]).toEqual({ jobId: id, kind: 'sync', status: { state: 'done', value: synced } });
  });

  it('shows the first step of its kind before the job reports one', () => {
    const jobs = new JobRegistry();
    const id = jobs.start('sync', () => new Promise<SyncOutcome>(() => undefined));
    expect(jobs.update(id)).toEqual({
      jobId: id,
      kind: 'sync',
      status: { state: 'running', progress: { done: 0, total: 1, step: { code: 'preparing' } } },
    });
  });

  it('turns a RipotiError into a failed status with its code, and hides unexpected errors', async () => {
    const { jobs, sent } = announcing();
    const known = jobs.start('sync', () => Promise.reject(new RipotiError('network', 'The server did not answer.')));
    expect(await jobs.settled(known)).toEqual({
      state: 'failed',
      error: { code: 'network', message: 'The server did not answer.' },
    });
    const original = console.error;
    console.error = () => undefined;
    const unexpected = jobs.start('sync', () => Promise.reject(new Error('socket hang up at 0x7f')));
    const status = await jobs.settled(unexpected);
    console.error = original;
    expect(status).toMatchObject({ state: 'failed', error: { code: 'internal' } });
    expect(JSON.stringify(status)).not.toContain('0x7f');
    expect(JSON.stringify(sent)).not.toContain('0x7f');
  });

  it('cancels a job through its abort signal, and says so to the window', async () => {
    const { jobs, sent } = announcing();
    const id = jobs.start(
      'export',
      (context) =>
        new Promise((_resolve, reject) => {
          context.signal.addEventListener('abort', () => reject(new Error('aborted')));
        }),
    );
    jobs.cancel(id);
    expect(await jobs.settled(id)).toEqual({ state: 'cancelled' });
    expect(sent.at(-1)?.[1]).toEqual({ jobId: id, kind: 'export', status: { state: 'cancelled' } });
  });

  it('ignores progress reported after the end', async () => {
    const { jobs, sent } = announcing();
    let late: (() => void) | undefined;
    const id = jobs.start('export', (context) => {
      late = () => context.progress({ done: 2, total: 2, step: { code: 'saving' } });
      return Promise.resolve(result);
    });
    await jobs.settled(id);
    late?.();
    expect(jobs.status(id).state).toBe('done');
    expect(sent).toHaveLength(1);
  });

  it('keeps announcing when a window fails to receive', async () => {
    const events = new MainEvents();
    const original = console.error;
    console.error = () => undefined;
    events.connect(() => {
      throw new Error('Object has been destroyed');
    });
    const jobs = new JobRegistry({ events });
    const id = jobs.start('export', () => Promise.resolve(result));
    const status = await jobs.settled(id);
    console.error = original;
    expect(status).toEqual({ state: 'done', value: result });
  });

  it('says plainly when a job id is unknown, and forgets old finished jobs', async () => {
    const jobs = new JobRegistry({ keepFinished: 2 });
    expect(() => jobs.status('nope')).toThrow(/No task/);
    const ids = [1, 2, 3].map((n) => jobs.start('export', () => Promise.resolve({ ...result, byteLength: n })));
    await Promise.all(ids.map((id) => jobs.settled(id).catch(() => undefined)));
    expect(() => jobs.status(ids[0] ?? '')).toThrow(/No task/);
    expect(jobs.status(ids[2] ?? '')).toEqual({ state: 'done', value: { ...result, byteLength: 3 } });
  });
});
