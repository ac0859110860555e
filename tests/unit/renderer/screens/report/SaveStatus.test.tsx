// @vitest-environment happy-dom
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { IpcResult } from '@/shared/ipc/result';
import type { SaveReceipt } from '@/shared/report/save-receipt';
import { SaveQueue } from '@/renderer/src/screens/report/save-queue';
import { SaveStatus } from '@/renderer/src/screens/report/SaveStatus';
import { renderIn } from '../../support/render';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** A save that finishes when the test says, with the answer the test gives. */
function pendingSave() {
  let finish: (result: IpcResult<SaveReceipt>) => void = () => undefined;
  const save = () => new Promise<IpcResult<SaveReceipt>>((resolve) => (finish = resolve));
  return {
    save,
    /** Settles the save and lets the queue's `await` and React's update run. */
    finish: async (result: IpcResult<SaveReceipt>) => {
      await act(async () => {
        finish(result);
        await Promise.resolve();
      });
    },
  };
}

describe('SaveStatus', () => {
  it('says nothing before any change, "Saving…" while a save waits or runs, then the time it was saved', async () => {
    vi.useFakeTimers();
    const queue = new SaveQueue(400);
    await renderIn('en', <SaveStatus queue={queue} />);
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('');
    const { save, finish } = pendingSave();
    act(() => {
      queue.schedule('section:1.1.1', save);
    });
    expect(status.textContent).toBe('Saving…');
    act(() => {
      vi.advanceTimersByTime(400);
    });
    expect(status.textContent).toBe('Saving…');
    await finish({ ok: true, value: { reportId: 'r', savedAt: '2026-11-23T07:42:00.000Z' } });
    expect(status.textContent).toMatch(/^Saved \d{1,2}:42/);
    expect(status.className).toContain('save-status--saved');
  });

  it('says honestly when a save failed, why, in the officer’s language, and when it retries', async () => {
    vi.useFakeTimers();
    const queue = new SaveQueue(0);
    await renderIn('sw', <SaveStatus queue={queue} />);
    const { save, finish } = pendingSave();
    act(() => {
      queue.schedule('profile', save);
    });
    act(() => {
      vi.advanceTimersByTime(0);
    });
    await finish({ ok: false, error: { code: 'disk-full', message: 'The disk is full.' } });
    const status = screen.getByRole('status');
    expect(status.className).toContain('save-status--failed');
    expect(status.textContent).toBe(
      'Haijahifadhiwa: Diski imejaa. (The disk is full.) — itajaribu tena baada ya sekunde 1. Maandishi yako yanabaki kwenye skrini.',
    );
    queue.dispose();
  });
});
