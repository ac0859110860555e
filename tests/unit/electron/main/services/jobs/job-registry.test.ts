import { describe, expect, it } from 'vitest';
import { JobRegistry } from '../../../../../../electron/main/services/jobs/job-registry';
import { RipotiError } from '../../../../../../shared/errors';

describe('long tasks run as jobs', () => {
  it('reports progress while running and the value when done', async () => {
    const jobs = new JobRegistry();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const id = jobs.start('export', async (context) => {
      context.progress({ done: 1, total: 3, label: 'Writing area 1.1' });
      await gate;
      return 'report.docx';
    });
    expect(jobs.status(id)).toEqual({ state: 'running', progress: { done: 1, total: 3, label: 'Writing area 1.1' } });
    release();
    expect(await jobs.settled(id)).toEqual({ state: 'done', value: 'report.docx' });
  });

  it('turns a RipotiError into a failed status with its code, and hides unexpected errors', async () => {
    const jobs = new JobRegistry();
    const known = jobs.start('sync', () => Promise.reject(new RipotiError('network', 'The server did not answer.')));
    expect(await jobs.settled(known)).toEqual({ state: 'failed', error: { code: 'network', message: 'The server did not answer.' } });
    const original = console.error;
    console.error = () => undefined;
    const unexpected = jobs.start('sync', () => Promise.reject(new Error('socket hang up at 0x7f')));
    const status = await jobs.settled(unexpected);
    console.error = original;
    expect(status).toMatchObject({ state: 'failed', error: { code: 'internal' } });
    expect(JSON.stringify(status)).not.toContain('0x7f');
  });

  it('cancels a job through its abort signal', async () => {
    const jobs = new JobRegistry();
    const id = jobs.start(
      'export',
      (context) =>
        new Promise((_resolve, reject) => {
          context.signal.addEventListener('abort', () => reject(new Error('aborted')));
        }),
    );
    jobs.cancel(id);
    expect(await jobs.settled(id)).toEqual({ state: 'cancelled' });
  });

  it('says plainly when a job id is unknown, and forgets old finished jobs', async () => {
    const jobs = new JobRegistry(2);
    expect(() => jobs.status('nope')).toThrow(/No task/);
    const ids = [1, 2, 3].map((n) => jobs.start('x', () => Promise.resolve(n)));
    await Promise.all(ids.map((id) => jobs.settled(id).catch(() => undefined)));
    expect(() => jobs.status(ids[0] ?? '')).toThrow(/No task/);
    expect(jobs.status(ids[2] ?? '')).toEqual({ state: 'done', value: 3 });
  });
});
