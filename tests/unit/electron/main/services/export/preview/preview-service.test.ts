import { describe, expect, it } from 'vitest';
import { exampleReport } from '@/electron/main/services/export/example/example-report';
import { inProcessPagesRunner, type PagesRunner } from '@/electron/main/services/export/preview/pages-runner';
import { PreviewService } from '@/electron/main/services/export/preview/preview-service';
import { RipotiError } from '@/shared/errors';
import { bundledFramework } from '@/shared/framework/load';
import { FIRST_PAGES, defaultPreviewOptions } from '@/shared/ipc/channels/preview';
import type { Report } from '@/shared/report/schema';

const framework = bundledFramework();
const example = exampleReport(framework, { wordsPerFeature: 80, photoCount: 3 });
const options = defaultPreviewOptions('en');

/** A preview service over one stored report that can change, counting the layouts it asks for. */
function previewOf(initial: Report) {
  let stored = initial;
  const layouts: string[] = [];
  const counting: PagesRunner = (request) => {
    layouts.push(request.report.title);
    return inProcessPagesRunner(request);
  };
  const service = new PreviewService({
    loadReport: (id) =>
      id === stored.id ? Promise.resolve(stored) : Promise.reject(new RipotiError('not-found', 'No such report.')),
    framework,
    readAttachment: (id) => Promise.resolve(example.photos.get(id) ?? new Uint8Array()),
    runner: counting,
    clock: { nowIso: () => '2026-11-20T08:00:00.000Z', newId: () => 'not-used' },
  });
  return { service, layouts, save: (report: Report) => void (stored = report) };
}

describe('PreviewService', () => {
  it('lays the saved report out ahead, and the step then gets those pages without a second layout', async () => {
    const { service, layouts } = previewOf(example.report);
    expect(service.prepare(example.report.id)).toBeNull();
    const outline = await service.pages(example.report.id, options);
    expect(layouts).toEqual([example.report.title]);
    expect(outline.pageCount).toBeGreaterThan(20);
    expect(outline.firstPages.map((page) => page.number)).toEqual([1, 2, 3].slice(0, FIRST_PAGES));
    expect(outline.headings['1.1.1']?.page).toBeGreaterThan(FIRST_PAGES);
  }, 60_000);

  it('lays out again only when the saved report (or the options) changed', async () => {
    const { service, layouts, save } = previewOf(example.report);
    const first = await service.pages(example.report.id, options);
    expect((await service.pages(example.report.id, options)).revision).toBe(first.revision);
    save({ ...example.report, title: 'Edited title' });
    service.prepare(example.report.id);
    const second = await service.pages(example.report.id, options);
    expect(second.title).toBe('Edited title');
    expect(second.revision).not.toBe(first.revision);
    await service.pages(example.report.id, { ...options, paper: 'letter' });
    expect(layouts).toEqual([example.report.title, 'Edited title', 'Edited title']);
  }, 60_000);

  it('hands out the other pages by revision, a few at a time, and says when a revision is no longer kept', async () => {
    const { service, save } = previewOf(example.report);
    const outline = await service.pages(example.report.id, options);
    const more = service.pageItems(outline.revision, FIRST_PAGES + 1, 12);
    expect(more.map((page) => page.number)).toEqual(Array.from({ length: 12 }, (_, index) => FIRST_PAGES + 1 + index));
    expect(more.every((page) => page.items.length > 0)).toBe(true);
    // Three newer layouts push the first out.
    for (const title of ['a', 'b', 'c']) {
      save({ ...example.report, title });
      await service.pages(example.report.id, options);
    }
    expect(() => service.pageItems(outline.revision, 1, 3)).toThrow(/no longer kept/);
  }, 120_000);

  it('shows a final report that fails the check instead of refusing it (a preview is not a submission)', async () => {
    const empty = { ...example.report, sections: {} };
    const { service } = previewOf(empty);
    const outline = await service.pages(empty.id, { ...options, mode: 'final' });
    expect(outline.pageCount).toBeGreaterThan(3);
  }, 60_000);

  it('hands out the photos it laid out, by name, and nothing else', async () => {
    const { service } = previewOf(example.report);
    const outline = await service.pages(example.report.id, options);
    const photo = Object.values(outline.pictures).find((picture) => !picture.chart);
    expect(service.picture(photo?.media ?? '')).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
    expect(() => service.picture(`${'0'.repeat(40)}.png`)).toThrow(/no longer in the preview/);
  }, 60_000);
});
