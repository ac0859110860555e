import { describe, expect, it } from 'vitest';
import { systemClock } from '@/electron/main/services/clock';
import { openDraftServices } from '@/electron/main/services/drafts/draft-services';
import { bundledFramework } from '@/shared/framework/load';
import { firstFeatureId, sampleReport, tempDataDir, withNarrative } from './sample-report';

const open = async () =>
  openDraftServices(await tempDataDir(), {
    appVersion: '1.0.0',
    framework: bundledFramework(),
    clock: systemClock,
    historyIntervalMinutes: () => 10,
  });

describe('DraftFileService', () => {
  it('imports a draft exported on another laptop, photos included', async () => {
    const laptopA = await open();
    const report = sampleReport('Machakos');
    await laptopA.store.put(report);
    const photo = await laptopA.attachments.add({
      fileName: 'notes.txt',
      mediaType: 'text/plain',
      bytes: Buffer.from('field notes'),
    });
    await laptopA.store.addAttachment(report.id, photo);
    const { fileName, bytes } = await laptopA.files.exportFile(report.id);
    expect(fileName).toBe('Machakos.ripoti');

    const laptopB = await open();
    expect(await laptopB.files.importFile(bytes, 'ask')).toEqual({ status: 'imported', reportId: report.id });
    expect((await laptopB.store.get(report.id)).attachments[photo.id]?.fileName).toBe('notes.txt');
    expect(Buffer.from(await laptopB.attachments.read(photo.id)).toString()).toBe('field notes');
  });

  it('never overwrites an existing report without asking: ask compares, copy adds, replace keeps a snapshot', async () => {
    const services = await open();
    const report = sampleReport('Kisumu');
    const featureId = firstFeatureId(report);
    await services.store.put(report);
    const { bytes } = await services.files.exportFile(report.id);
    await services.store.updateSection(
      report.id,
      featureId,
      withNarrative(report, featureId, 'typed after export', '2026-11-23T10:00:00.000Z'),
      '2026-11-23T10:00:00.000Z',
    );

    const asked = await services.files.importFile(bytes, 'ask');
    expect(asked).toMatchObject({ status: 'exists', changed: [featureId] });
    expect((await services.store.get(report.id)).sections[featureId]?.narrative).toBe('typed after export');

    const copied = await services.files.importFile(bytes, 'copy');
    expect(copied.status === 'imported' && copied.reportId !== report.id).toBe(true);
    expect(await services.store.list()).toHaveLength(2);

    await services.files.importFile(bytes, 'replace');
    expect((await services.store.get(report.id)).sections[featureId]?.narrative).toBe('');
    expect((await services.history.list(report.id)).map((entry) => entry.reason)).toEqual(['before-replace']);
  });
});
