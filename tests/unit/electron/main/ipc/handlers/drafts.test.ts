import { describe, expect, it } from 'vitest';
import { createDispatcher } from '@/electron/main/ipc/dispatcher';
import { createHandlers } from '@/electron/main/ipc/handlers';
import { createTrustedSenderCheck } from '@/electron/main/security/trusted-sender';
import { MAX_ATTACHMENT_BYTES } from '@/shared/ipc/channels/attachments';
import type { Report } from '@/shared/report/schema';
import { createTestServices } from '@/tests/e2e/harness/test-services';

const trustedUrl = 'ripoti://app/index.html';

async function setup() {
  const backend = await createTestServices();
  const dispatch = createDispatcher(createHandlers(backend.services), createTrustedSenderCheck());
  const created = await dispatch('reports:create', { title: 'Embu' }, trustedUrl);
  if (!created.ok) throw new Error('could not create a report');
  return { backend, dispatch, report: created.value as Report };
}

describe('drafts, history and attachment channels', () => {
  it('round-trips a report through drafts:export-file and drafts:import-file (ask → exists, copy → new id)', async () => {
    const { backend, dispatch, report } = await setup();
    const exported = await dispatch('drafts:export-file', { reportId: report.id }, trustedUrl);
    expect(exported).toMatchObject({ ok: true, value: { fileName: 'Embu.ripoti' } });
    const base64 = exported.ok ? (exported.value as { base64: string }).base64 : '';
    expect(await dispatch('drafts:import-file', { base64, mode: 'ask' }, trustedUrl)).toMatchObject({
      ok: true,
      value: { status: 'exists', changed: [] },
    });
    const copied = await dispatch('drafts:import-file', { base64, mode: 'copy' }, trustedUrl);
    expect(copied).toMatchObject({ ok: true, value: { status: 'imported' } });
    expect(await dispatch('drafts:import-file', { base64: 'bm90IGEgZHJhZnQ=', mode: 'ask' }, trustedUrl)).toMatchObject(
      { ok: false, error: { code: 'invalid-data' } },
    );
    await backend.dispose();
  });

  it('snapshots, lists, restores and carries forward through the history channels', async () => {
    const { backend, dispatch, report } = await setup();
    const snapshot = await dispatch('history:snapshot', { reportId: report.id, reason: 'manual' }, trustedUrl);
    expect(snapshot).toMatchObject({ ok: true, value: { reason: 'manual' } });
    const listed = await dispatch('history:list', { reportId: report.id }, trustedUrl);
    expect(listed).toMatchObject({ ok: true, value: [{ reason: 'manual' }] });
    const snapshotId = snapshot.ok ? (snapshot.value as { id: string }).id : '';
    expect(await dispatch('history:restore', { reportId: report.id, snapshotId }, trustedUrl)).toMatchObject({
      ok: true,
      value: { id: report.id },
    });
    const next = await dispatch('history:carry-forward', { reportId: report.id, featureIds: ['1.1.1'] }, trustedUrl);
    expect(next).toMatchObject({ ok: true, value: { carriedForwardFrom: report.id, title: 'Embu (next cycle)' } });
    await backend.dispose();
  });

  it('rejects malformed and oversized arguments before any handler runs', async () => {
    const { backend, dispatch, report } = await setup();
    expect(
      await dispatch('history:restore', { reportId: report.id, snapshotId: '../../etc/passwd' }, trustedUrl),
    ).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    expect(await dispatch('history:snapshot', { reportId: report.id, reason: 'because' }, trustedUrl)).toMatchObject({
      ok: false,
      error: { code: 'invalid-arguments' },
    });
    const tooBig = 'A'.repeat(Math.ceil((MAX_ATTACHMENT_BYTES * 4) / 3) + 12);
    expect(
      await dispatch(
        'attachments:add',
        { reportId: report.id, fileName: 'big.jpg', mediaType: 'image/jpeg', base64: tooBig },
        trustedUrl,
      ),
    ).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    expect(await dispatch('attachments:preview', { attachmentId: 'not-a-hash' }, trustedUrl)).toMatchObject({
      ok: false,
      error: { code: 'invalid-arguments' },
    });
    await backend.dispose();
  });

  it('adds an attachment to the report and answers a preview for a photo', async () => {
    const { backend, dispatch, report } = await setup();
    const added = await dispatch(
      'attachments:add',
      {
        reportId: report.id,
        fileName: 'notes.txt',
        mediaType: 'text/plain',
        base64: Buffer.from('minutes').toString('base64'),
      },
      trustedUrl,
    );
    expect(added).toMatchObject({ ok: true, value: { fileName: 'notes.txt', byteLength: 7 } });
    const id = added.ok ? (added.value as { id: string }).id : '';
    expect(Object.keys((await backend.services.reports.get(report.id)).attachments)).toEqual([id]);
    expect(await dispatch('attachments:preview', { attachmentId: id }, trustedUrl)).toEqual({ ok: true, value: '' });
    await backend.dispose();
  });
});
