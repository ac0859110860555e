import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IpcResult } from '@/shared/ipc/result';
import type { SaveReceipt } from '@/shared/report/save-receipt';
import { backoff, SaveQueue } from '@/renderer/src/screens/report/save-queue';

const ok = (savedAt: string): IpcResult<SaveReceipt> => ({ ok: true, value: { reportId: 'r', savedAt } });
const diskFull: IpcResult<SaveReceipt> = { ok: false, error: { code: 'disk-full', message: 'The disk is full' } };

describe('SaveQueue', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves only the latest value of a part once typing pauses', async () => {
    const queue = new SaveQueue(400);
    const saved: string[] = [];
    for (const text of ['K', 'Ki', 'Kil']) {
      queue.schedule('section:1.1.1', () => {
        saved.push(text);
        return Promise.resolve(ok('2026-11-23T10:42:00.000Z'));
      });
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(queue.getState()).toEqual({ kind: 'saving' });
    await vi.advanceTimersByTimeAsync(400);
    expect(saved).toEqual(['Kil']);
    expect(queue.getState()).toEqual({ kind: 'saved', savedAt: '2026-11-23T10:42:00.000Z' });
  });

  it('keeps a failed edit and retries it with backoff until it is stored', async () => {
    const queue = new SaveQueue(400);
    const save = vi
      .fn<() => Promise<IpcResult<SaveReceipt>>>()
      .mockResolvedValueOnce(diskFull)
      .mockResolvedValueOnce(diskFull)
      .mockResolvedValue(ok('2026-11-23T10:43:00.000Z'));
    queue.schedule('profile', save);
    await vi.advanceTimersByTimeAsync(400);
    expect(queue.getState()).toEqual({
      kind: 'failed',
      error: { code: 'disk-full', message: 'The disk is full' },
      retryInMs: 1_000,
    });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(queue.getState()).toMatchObject({ kind: 'failed', retryInMs: 2_000 });
    await vi.advanceTimersByTimeAsync(2_000);
    expect(save).toHaveBeenCalledTimes(3);
    expect(queue.getState()).toEqual({ kind: 'saved', savedAt: '2026-11-23T10:43:00.000Z' });
  });

  it('does not say "saved" while another part is still failing', async () => {
    const queue = new SaveQueue(400);
    queue.schedule('profile', () => Promise.resolve(diskFull));
    queue.schedule('section:1.1.1', () => Promise.resolve(ok('2026-11-23T10:44:00.000Z')));
    await vi.advanceTimersByTimeAsync(400);
    expect(queue.getState().kind).toBe('failed');
  });

  it('saves an edit made while the previous save was in flight, after it', async () => {
    const queue = new SaveQueue(400);
    const order: string[] = [];
    let release: () => void = () => undefined;
    queue.schedule('meta', () => {
      order.push('first');
      return new Promise((resolve) => (release = () => resolve(ok('2026-11-23T10:45:00.000Z'))));
    });
    await vi.advanceTimersByTimeAsync(400);
    queue.schedule('meta', () => {
      order.push('second');
      return Promise.resolve(ok('2026-11-23T10:46:00.000Z'));
    });
    await vi.advanceTimersByTimeAsync(400);
    expect(order).toEqual(['first']);
    release();
    await vi.advanceTimersByTimeAsync(10);
    expect(order).toEqual(['first', 'second']);
    expect(queue.getState()).toEqual({ kind: 'saved', savedAt: '2026-11-23T10:46:00.000Z' });
  });

  it('flushes pending saves at once when the officer leaves', async () => {
    const queue = new SaveQueue(400);
    const save = vi.fn(() => Promise.resolve(ok('2026-11-23T10:47:00.000Z')));
    queue.schedule('profile', save);
    await queue.flush();
    expect(save).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('backs off 1, 2, 4 … seconds, never more than 30', () => {
    expect([1, 2, 3, 4, 5, 6, 10].map(backoff)).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000]);
  });
});
