import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AttachmentStore } from '@/electron/main/services/attachments/attachment-store';
import { applyPlan, type ApplyContext } from '@/electron/main/services/word-import/apply/apply-plan';
import { planImport, type DecidedPart } from '@/electron/main/services/word-import/apply/plan-import';
import type { PartContent } from '@/electron/main/services/word-import/map/part-content';
import { bundledFramework } from '@/shared/framework/load';
import type { ImportPartView } from '@/shared/ipc/channels/word-import';
import { createReport, emptySection } from '@/shared/report/create';
import type { Report } from '@/shared/report/schema';

const now = '2026-11-01T09:00:00.000Z';
const view: ImportPartView = {
  id: 'p1',
  heading: '2.1.1 Access',
  level: 3,
  proposed: { kind: 'feature', featureId: '2.1.1', field: 'auto' },
  reason: 'number',
  confidence: 1,
  parentId: null,
  firstWords: '',
  wordCount: 3,
  fields: ['narrative'],
  measureRows: 0,
  photos: 1,
  notApplicable: false,
  profileFields: 0,
};
const picture = (bytes: Uint8Array, contentType: string) => ({
  contentType,
  altText: '',
  read: () => Promise.resolve(bytes),
});

function content(overrides: Partial<PartContent>): PartContent {
  return {
    byField: {},
    allText: '',
    textBesideMeasures: '',
    labelled: false,
    measures: [],
    sdgTargets: [],
    photos: [],
    notApplicable: null,
    profile: {},
    ...overrides,
  };
}

describe('writing an import plan into a report', () => {
  let dir: string;
  let context: ApplyContext;
  let final: Report;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'ripoti-apply-'));
    const attachments = new AttachmentStore(dir, () => now);
    context = {
      now,
      fileName: 'kilifi.docx',
      tag: 'wtest',
      intoNewReport: false,
      addPhoto: (photo) => attachments.add(photo),
    };
    final = createReport(bundledFramework(), { id: '11111111-2222-4333-8444-555555555555', now });
    final.status = 'final';
    final.sections['2.1.1'] = { ...emptySection(now), status: 'complete', narrative: 'Written and finalised.' };
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const decided = (part: PartContent, policy: 'keep' | 'append' | 'replace'): DecidedPart[] => [
    { view, content: part, decision: { partId: 'p1', target: view.proposed, policy } },
  ];

  it('leaves a final report final when everything imported is kept out', async () => {
    const applied = await applyPlan(
      final,
      planImport(decided(content({ byField: { narrative: 'New text.' } }), 'keep')),
      context,
    );
    expect(applied.report.status).toBe('final');
    expect(applied.featuresChanged).toEqual([]);
  });

  it('makes a final report a draft again when the import changes it, and names a picture the attachment store refuses', async () => {
    const photos = [{ picture: picture(new Uint8Array([0x47, 0x49, 0x46, 0x38]), 'image/gif'), caption: 'A GIF' }];
    const applied = await applyPlan(
      final,
      planImport(decided(content({ byField: { narrative: 'New text.' }, photos }), 'append')),
      context,
    );
    expect(applied.report.status).toBe('draft');
    expect(applied.report.sections['2.1.1']).toMatchObject({
      narrative: 'Written and finalised.\n\nNew text.',
      status: 'complete',
      updatedAt: now,
    });
    expect(applied.skippedPictures).toEqual([
      {
        partHeading: '2.1.1 Access',
        caption: 'A GIF',
        message: expect.stringMatching(/not a JPEG or PNG photo/) as unknown,
      },
    ]);
  });
});
