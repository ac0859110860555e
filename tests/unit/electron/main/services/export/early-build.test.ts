import { describe, expect, it } from 'vitest';
import { startEarlyBuild } from '@/electron/main/services/export/early-build';
import type { JobProgress } from '@/shared/ipc/channels/jobs';
import type { ExportRunner } from '@/electron/main/services/export/export-runner';
import { RipotiError } from '@/shared/errors';
import { bundledFramework } from '@/shared/framework/load';
import { defaultExportOptions } from '@/shared/ipc/channels/export';
import { createReport } from '@/shared/report/create';

const framework = bundledFramework();
const report = createReport(framework, {
  id: '0b6a4c9e-2f1d-4e8a-9c3b-7d5e1f2a3b4c',
  now: '2026-11-01T09:00:00.000Z',
  title: 'Test',
  county: 'Garissa',
});
const leftOut = {
  photo: 'x.png',
  problem: 'damaged',
  message: 'The photo "x.png" was left out: the file is damaged.',
} as const;
const input = {
  report,
  framework,
  options: defaultExportOptions,
  exportedAt: '2026-11-01T09:00:00.000Z',
  readAttachment: () => Promise.reject(new RipotiError('not-found', 'no photos')),
};

describe('startEarlyBuild', () => {
  it('builds before anyone follows, then gives the follower the last step and the rest', async () => {
    let finish: () => void = () => undefined;
    const runner: ExportRunner = (_request, progress) =>
      new Promise((resolve) => {
        progress({ done: 0, total: 3, step: { code: 'preparing-photo', photo: 1, photos: 1 } });
        progress({ done: 1, total: 3, step: { code: 'laying-out' } });
        finish = () => {
          progress({ done: 2, total: 3, step: { code: 'saving' } });
          resolve({ bytes: new Uint8Array([1]), warnings: [leftOut] });
        };
      });
    const build = startEarlyBuild({ ...input, runner });
    await new Promise((resolve) => setTimeout(resolve, 10));
    const seen: JobProgress<'export'>[] = [];
    const following = build.follow((step) => seen.push(step));
    finish();
    expect(await following).toEqual({ bytes: new Uint8Array([1]), warnings: [leftOut] });
    expect(seen.map((progress) => progress.step.code)).toEqual(['laying-out', 'saving']);
  });

  it('never starts the runner when stopped while the photos are being read', async () => {
    let ran = false;
    const runner: ExportRunner = () => {
      ran = true;
      return Promise.resolve({ bytes: new Uint8Array(), warnings: [] });
    };
    const build = startEarlyBuild({ ...input, runner });
    build.stop();
    await expect(build.follow(() => undefined)).rejects.toMatchObject({ code: 'cancelled' });
    expect(ran).toBe(false);
  });

  it('passes the stop on to a running build', async () => {
    let stopped = false;
    const runner: ExportRunner = (_request, _progress, signal) =>
      new Promise((_resolve, reject) =>
        signal?.addEventListener('abort', () => {
          stopped = true;
          reject(new RipotiError('cancelled', 'The export was cancelled.'));
        }),
      );
    const build = startEarlyBuild({ ...input, runner });
    await new Promise((resolve) => setTimeout(resolve, 10));
    build.stop();
    await expect(build.follow(() => undefined)).rejects.toMatchObject({ code: 'cancelled' });
    expect(stopped).toBe(true);
  });
});
