import { describe, expect, it } from 'vitest';
import { systemClock } from '@/electron/main/services/clock';
import { openDraftServices } from '@/electron/main/services/drafts/draft-services';
import { readDraftsAgainst } from '@/electron/main/services/framework/framework-in-use';
import { FrameworkService } from '@/electron/main/services/framework/framework-service';
import { FrameworkStore } from '@/electron/main/services/framework/framework-store';
import type { RipotiError } from '@/shared/errors';
import { bundledFramework } from '@/shared/framework/load';
import { framework2016 } from '@/tests/fixtures/frameworks/national';
import { sampleReport, tempDataDir } from '../drafts/sample-report';

/** The app's start-up order: questions first, then drafts read against them. */
async function openComputer(dataDir: string) {
  const store = await FrameworkStore.open(dataDir, bundledFramework());
  readDraftsAgainst(() => store.current());
  const drafts = await openDraftServices(dataDir, {
    appVersion: '0.0.0-test',
    framework: store.current(),
    clock: systemClock,
    historyIntervalMinutes: () => 10,
  });
  return { store, drafts, frameworks: new FrameworkService(store, drafts.store, systemClock, drafts.history) };
}

async function draftWithText(drafts: Awaited<ReturnType<typeof openComputer>>['drafts']) {
  const report = sampleReport('Kisumu 2026');
  for (const [id, narrative] of [
    ['1.2.4', 'Cultural festival with 40 stalls.'],
    ['3.3.3', 'Bursaries for 300 adult learners.'],
  ] as const) {
    const section = report.sections[id];
    if (!section) throw new Error(`no ${id}`);
    report.sections[id] = { ...section, narrative, status: 'in-progress' };
  }
  await drafts.store.put(report);
  return report;
}

describe('FrameworkService', () => {
  it('offers national questions with what they do to each draft, and changes nothing until accepted', async () => {
    const { drafts, frameworks } = await openComputer(await tempDataDir());
    const report = await draftWithText(drafts);
    const offer = await frameworks.considerText(JSON.stringify(framework2016()), {
      kind: 'file',
      fileName: 'questions-2016.json',
    });
    if (offer.state !== 'offered') throw new Error(`not offered: ${JSON.stringify(offer)}`);
    expect(offer.offer).toMatchObject({
      version: '2016-paraphrase-test',
      origin: { kind: 'file', fileName: 'questions-2016.json' },
    });
    expect(offer.offer.drafts).toEqual([
      expect.objectContaining({ reportId: report.id, renamed: [{ from: '1.2.4', to: '1.2.5' }], archived: ['3.3.3'] }),
    ]);
    expect(frameworks.current().version).toBe(bundledFramework().version);
    expect((await drafts.store.get(report.id)).sections['1.2.4']?.narrative).toBe('Cultural festival with 40 stalls.');
  });

  it('on accept: a snapshot of each draft, the questions kept, every draft re-filed, and the same after a restart', async () => {
    const dataDir = await tempDataDir();
    const first = await openComputer(dataDir);
    const report = await draftWithText(first.drafts);
    const offer = await first.frameworks.considerText(JSON.stringify(framework2016()), {
      kind: 'file',
      fileName: 'q.json',
    });
    if (offer.state !== 'offered') throw new Error('not offered');
    const adopted: string[] = [];
    first.frameworks.onAdopted((framework) => adopted.push(framework.version));
    await expect(first.frameworks.accept(offer.offer.id)).resolves.toEqual({
      version: '2016-paraphrase-test',
      migrated: 1,
    });
    expect(adopted).toEqual(['2016-paraphrase-test']);
    expect(first.frameworks.offer()).toEqual({ state: 'none' });
    expect((await first.drafts.history.list(report.id)).map((entry) => entry.reason)).toContain(
      'before-questions-update',
    );

    const again = await openComputer(dataDir);
    expect(again.store.current().version).toBe('2016-paraphrase-test');
    const reread = await again.drafts.store.get(report.id);
    expect(reread.frameworkRef.version).toBe('2016-paraphrase-test');
    expect(reread.sections['1.2.5']?.narrative).toBe('Cultural festival with 40 stalls.');
    expect(reread.sections['1.2.4']).toBeUndefined();
    expect(reread.archivedSections).toEqual([
      expect.objectContaining({ featureId: '3.3.3', frameworkVersion: bundledFramework().version }),
    ]);
    expect(reread.archivedSections[0]?.section.narrative).toBe('Bursaries for 300 adult learners.');

    const same = await again.frameworks.considerText(JSON.stringify(framework2016()), {
      kind: 'file',
      fileName: 'q.json',
    });
    expect(same.state === 'refused' && same.refusal.code).toBe('already-in-use');
  });

  it('refuses a damaged file, keeps the refusal for the page to show, and leaves drafts alone', async () => {
    const { drafts, frameworks } = await openComputer(await tempDataDir());
    const report = await draftWithText(drafts);
    const state = await frameworks.considerText('{"format": "ripoti-framework", "formatVersion": 1, "id": 5}', {
      kind: 'file',
      fileName: 'broken.json',
    });
    expect(state).toMatchObject({
      state: 'refused',
      origin: { fileName: 'broken.json' },
      refusal: { code: 'malformed' },
    });
    expect(frameworks.offer()).toEqual(state);
    expect((await drafts.store.get(report.id)).frameworkRef.version).toBe(bundledFramework().version);
  });

  it('refuses questions under which a draft would lose text, on offer and again on accept, and changes nothing', async () => {
    const { drafts, frameworks } = await openComputer(await tempDataDir());
    const photo = 'a'.repeat(64);
    // One photo under 1.1.3 and 1.1.4 with two captions: the 2016 merge of the two keeps one.
    const withCaptions = (report: Awaited<ReturnType<typeof draftWithText>>) => {
      for (const [id, caption] of [
        ['1.1.3', 'Ward committee, Ganze'],
        ['1.1.4', 'Baraza at Malindi'],
      ] as const) {
        const section = report.sections[id];
        if (!section) throw new Error(`no ${id}`);
        report.sections[id] = { ...section, evidence: [{ attachmentId: photo, caption }] };
      }
      return report;
    };
    const lossy = withCaptions(sampleReport('Garissa 2026'));
    await drafts.store.put(lossy);
    const state = await frameworks.considerText(JSON.stringify(framework2016()), { kind: 'file', fileName: 'q.json' });
    expect(state).toMatchObject({
      state: 'refused',
      refusal: { code: 'would-lose-text', params: { title: 'Garissa 2026' } },
    });
    expect((await drafts.store.get(lossy.id)).frameworkRef.version).toBe(bundledFramework().version);

    // Offered while no draft would lose anything; a draft made lossy before Accept stops it.
    await drafts.store.delete(lossy.id);
    const offered = await frameworks.considerText(JSON.stringify(framework2016()), {
      kind: 'file',
      fileName: 'q.json',
    });
    if (offered.state !== 'offered') throw new Error(`not offered: ${JSON.stringify(offered)}`);
    const later = withCaptions(sampleReport('Wajir 2026'));
    await drafts.store.put(later);
    await expect(frameworks.accept(offered.offer.id)).rejects.toMatchObject({
      code: 'invalid-data',
    } satisfies Partial<RipotiError>);
    expect(frameworks.current().version).toBe(bundledFramework().version);
    expect((await drafts.store.get(later.id)).sections['1.1.4']?.evidence).toEqual([
      { attachmentId: photo, caption: 'Baraza at Malindi' },
    ]);
  });

  it('accepts only the offer the officer read', async () => {
    const { frameworks } = await openComputer(await tempDataDir());
    await frameworks.considerText(JSON.stringify(framework2016()), { kind: 'file', fileName: 'q.json' });
    await expect(frameworks.accept('f'.repeat(64))).rejects.toMatchObject({
      code: 'conflict',
    } satisfies Partial<RipotiError>);
    expect(frameworks.current().version).toBe(bundledFramework().version);
  });
});
