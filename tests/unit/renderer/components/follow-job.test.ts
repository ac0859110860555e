import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDispatcher } from '@/electron/main/ipc/dispatcher';
import { createHandlers } from '@/electron/main/ipc/handlers';
import { createTrustedSenderCheck, RENDERER_ENTRY_URL } from '@/electron/main/security/trusted-sender';
import { followJob } from '@/renderer/src/components/follow-job';
import { buildApi } from '@/shared/ipc/api';
import { defaultExportOptions } from '@/shared/ipc/channels/export';
import type { JobProgress } from '@/shared/ipc/channels/jobs';
import { createTestServices, type TestServices } from '@/tests/e2e/harness/test-services';

/**
 * followJob against the real services, dispatcher and API builder: only Electron's transport is
 * replaced, by a direct one (calls to the dispatcher, events from the services' MainEvents).
 */
let backend: TestServices;
beforeAll(async () => {
  backend = await createTestServices();
  const dispatch = createDispatcher(createHandlers(backend.services), createTrustedSenderCheck());
  const ripoti = buildApi({
    invoke: (channel, args) => dispatch(channel, args, RENDERER_ENTRY_URL),
    listen: (channel, deliver) =>
      backend.services.events.connect((sent, payload) => sent === channel && deliver(structuredClone(payload))),
  });
  vi.stubGlobal('window', { ripoti });
});
afterAll(async () => {
  vi.unstubAllGlobals();
  await backend.dispose();
});

const always = () => true;

describe('followJob', () => {
  it('follows an export through its events, step by step, to its typed result', async () => {
    const report = await backend.services.reports.create({ title: 'Kilifi 2026', county: 'Kilifi' });
    const { jobId } = await backend.services.exports.start(report.id, { ...defaultExportOptions, areaIds: ['1.1'] });
    const seen: JobProgress<'export'>[] = [];
    const end = await followJob('export', jobId ?? '', {
      stillWanted: always,
      onProgress: (progress) => seen.push(progress),
    });
    if (end.state !== 'done') throw new Error(JSON.stringify(end));
    expect(end.value.fileName).toMatch(/^Kilifi-progress-report-draft-.*\.docx$/);
    expect(seen.at(-1)?.step).toEqual({ code: 'saving' });
    expect(seen.map((progress) => progress.done)).toEqual(
      [...seen.map((progress) => progress.done)].sort((a, b) => a - b),
    );
  });

  it('learns the end of a job that finished before it subscribed, from jobs:status', async () => {
    const report = await backend.services.reports.create({ title: 'Garissa 2026', county: 'Garissa' });
    // No server is set up: the sync fails at once, long before anyone follows it.
    const jobId = backend.services.sync.start(report.id);
    await backend.services.jobs.settled(jobId);
    const end = await followJob('sync', jobId, { stillWanted: always, onProgress: () => undefined });
    expect(end).toMatchObject({ state: 'failed', error: { code: expect.any(String) as string } });
  });

  it('stops following at the first update once the screen is gone', async () => {
    const report = await backend.services.reports.create({ title: 'Laikipia 2026', county: 'Laikipia' });
    const { jobId } = await backend.services.exports.start(report.id, defaultExportOptions);
    let wanted = true;
    const ending = followJob('export', jobId ?? '', { stillWanted: () => wanted, onProgress: () => undefined });
    wanted = false;
    expect(await ending).toEqual({ state: 'abandoned' });
    await backend.services.jobs.settled(jobId ?? '');
  });

  it('says plainly when main knows no such job', async () => {
    const end = await followJob('export', 'export-unknown', { stillWanted: always, onProgress: () => undefined });
    expect(end).toMatchObject({ state: 'failed', error: { code: 'not-found' } });
  });
});
