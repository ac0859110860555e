import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { exampleReport } from '../../electron/main/services/export/example/example-report';
import { layOutReportPages } from '../../electron/main/services/export/pages/lay-out-report-pages';
import { bundledFramework } from '../../shared/framework/load';
import { defaultExportOptions } from '../../shared/ipc/channels/export';
import { AxeAudit } from './a11y/axe-audit';
import { tabTo } from './a11y/keyboard';
import { expect, test } from './harness/fixtures';
import { readmeScreenshot } from './harness/readme-screenshot';
import type { TestServices } from './harness/test-services';

const run = promisify(execFile);
const framework = bundledFramework();

/** The generated example (all 12 areas, measures with numbers, 4 photos) in the real drafts store. */
async function storeExample(backend: TestServices): Promise<{
  reportId: string;
  pageCount: number;
  pageOf: (heading: string) => number;
  chartPageOf: (feature: string) => number;
}> {
  const drafts = backend.services.drafts;
  if (!drafts) throw new Error('the E2E services have a drafts store');
  const example = exampleReport(framework, { wordsPerFeature: 120, photoCount: 4 });
  for (const [id, bytes] of example.photos)
    await drafts.attachments.addKnown(id, bytes, `${id.slice(0, 8)}.png`, 'image/png');
  await drafts.store.put(example.report);
  // What the pages must be: the layout of the Word file, computed here in the test process.
  const photos = new Map([...example.photos].map(([id, bytes]) => [id, { name: id, bytes }]));
  const laid = await layOutReportPages({
    report: example.report,
    framework,
    options: defaultExportOptions,
    photos,
    exportedAt: new Date().toISOString(),
  });
  const { model } = laid;
  const chartPageOf = (feature: string): number =>
    model.pages.find((page) =>
      page.items.some(
        (item) => item.kind === 'picture' && model.pictures[item.media]?.chart?.title.includes(` ${feature}:`),
      ),
    )?.number ?? 0;
  return {
    reportId: example.report.id,
    pageCount: model.pages.length,
    pageOf: (heading) => model.headings[heading]?.page ?? 0,
    chartPageOf,
  };
}

async function open(app: Page, hash: string): Promise<void> {
  await app.evaluate((target) => {
    window.location.hash = target;
  }, hash);
}

/** Whether a page's sheet is (at least partly) on screen. */
async function onScreen(app: Page, page: number): Promise<boolean> {
  return app.locator(`#preview-page-${page}`).evaluate((sheet) => {
    const box = sheet.getBoundingClientRect();
    return box.bottom > 0 && box.top < window.innerHeight;
  });
}

test.describe('Preview, Save as PDF', () => {
  test('the officer opens Preview by keyboard, zooms, jumps to a Key Feature’s page and saves a PDF', async ({
    app,
    backend,
  }) => {
    test.setTimeout(180_000);
    const { reportId, pageCount, pageOf } = await storeExample(backend);
    await open(app, `#/reports/${reportId}/review`);
    await expect(app.getByRole('heading', { level: 2, name: 'Review and finalise' })).toBeFocused();

    // By keyboard: Tab to the Preview step in the stepper and press Enter.
    await tabTo(app, /^a Preview$/);
    await app.keyboard.press('Enter');
    await expect(app.getByRole('heading', { level: 2, name: 'Preview', exact: true })).toBeFocused();
    await expect(app.getByRole('status').filter({ hasText: `${pageCount} pages` })).toBeVisible({ timeout: 60_000 });
    await expect(app.locator('.preview-page')).toHaveCount(pageCount);
    await expect(app.getByRole('navigation', { name: 'Pages' }).getByRole('button')).toHaveCount(pageCount);
    // The first page is drawn: the cover's title in the bundled font.
    await expect(app.locator('#preview-page-1 svg text').first()).toBeVisible();
    expect(await app.evaluate(() => document.fonts.check('12px RipotiPages'))).toBe(true);
    // Pages far down are not drawn until they come into view.
    expect(await app.locator('.preview-page[data-drawn]').count()).toBeLessThan(pageCount / 2);
    // The page just below the pages' column is drawn before it is scrolled to (the margin counts
    // around the column, which clips the pages, not around the window).
    const below = await app.locator('.preview-pages').evaluate((column) => {
      const bottom = column.getBoundingClientRect().bottom;
      const sheet = [...column.querySelectorAll('.preview-page')].find(
        (candidate) => candidate.getBoundingClientRect().top >= bottom,
      );
      return sheet ? { id: sheet.id, gap: sheet.getBoundingClientRect().top - bottom } : undefined;
    });
    expect(below?.gap).toBeLessThan(600);
    await expect(app.locator(`#${below?.id ?? 'none'}[data-drawn]`)).toHaveCount(1);

    // Zoom in by keyboard: from 75 % to 100 %, the sheets grow by a third.
    const before = (await app.locator('#preview-page-1').boundingBox())?.width ?? 0;
    await tabTo(app, /^button\[button\] Zoom in$/);
    await app.keyboard.press('Enter');
    await expect(app.getByRole('group', { name: 'Zoom' }).locator('output')).toHaveText('100%');
    expect((await app.locator('#preview-page-1').boundingBox())?.width).toBeCloseTo((before / 0.75) * 1, 0);

    // Jump to a Key Feature's page from its heading list.
    const headings = app.getByLabel('Heading');
    const option = await headings
      .locator('option', { hasText: /2\.1\.3\s+Access to adult education/ })
      .getAttribute('value');
    await headings.selectOption(option ?? '');
    await app.getByRole('button', { name: /^Go to its page/ }).press('Enter');
    const target = pageOf('2.1.3');
    expect(target).toBeGreaterThan(4);
    await expect(app.locator(`#preview-page-${target}`)).toBeFocused();
    expect(await onScreen(app, target)).toBe(true);
    await expect(app.locator(`#preview-page-${target} svg`)).toContainText('2.1.3');

    // Save as PDF: the file has the pages of the preview.
    await tabTo(app, /^button\[button\] Save as PDF…$/);
    await app.keyboard.press('Enter');
    await expect(
      app.getByRole('status').filter({ hasText: /^Saved Kilifi-progress-report-draft-\d{4}-\d{2}-\d{2}\.pdf/ }),
    ).toBeVisible({ timeout: 90_000 });
    const saved = backend.exportDialogs.calls[0]?.replace(/^save /, '') ?? '';
    expect(saved).toMatch(/\.pdf$/);
    const file = `${backend.exportDialogs.folder}/${saved}`;
    const { stdout } = await run('pdfinfo', [file]);
    expect(stdout).toMatch(new RegExp(`^Pages:\\s+${pageCount}$`, 'm'));
    expect(stdout).toMatch(/^Title:\s+Kilifi Learning City Progress Report/m);
    const { stdout: text } = await run('pdftotext', ['-f', String(target), '-l', String(target), file, '-']);
    expect(text).toContain('2.1.3');
    expect((await readFile(file)).subarray(0, 5).toString()).toBe('%PDF-');
    await app.getByRole('button', { name: 'Show in folder' }).click();
    await expect.poll(() => backend.exportDialogs.calls).toEqual([`save ${saved}`, `show ${file}`]);

    // After a restart the preview lays the same pages out again.
    await app.reload();
    await expect(app.getByRole('status').filter({ hasText: `${pageCount} pages` })).toBeVisible({ timeout: 60_000 });
  });

  test('opens at a Key Feature’s page from the form, and follows what the officer types', async ({ app, backend }) => {
    test.setTimeout(180_000);
    const { reportId, pageOf, chartPageOf } = await storeExample(backend);
    await open(app, `#/reports/${reportId}/3.1`);
    await app.getByRole('link', { name: 'See 3.1.2 on its page' }).click();
    await expect(app.getByRole('heading', { level: 2, name: 'Preview', exact: true })).toBeVisible();
    const page = pageOf('3.1.2');
    await expect(app.locator(`#preview-page-${page}`)).toBeFocused({ timeout: 60_000 });
    await expect(app.locator(`#preview-page-${page} svg`)).toContainText('3.1.2');
    await app.evaluate(() => document.getElementById('preview-heading')?.scrollIntoView());
    await readmeScreenshot(app, 'preview-step');

    // Back in the form, a measure the officer types shows in the chart at once, and in the pages after a pause.
    await open(app, `#/reports/${reportId}/1.1`);
    await app.getByLabel('Baseline, row 1').first().fill('approx 5000');
    const chart = app.locator('.measures-chart').first();
    await expect(chart).toContainText('Not drawn (not a number)');
    await expect(chart).toContainText('approx 5000');
    await expect(chart.locator('img')).toHaveAttribute('alt', /Measures of 1\.1\.1\. .*Current \d+, Target \d+\./);
    await app.getByRole('link', { name: 'See 1.1.1 on its page' }).click();
    const pageOfFeature = app.locator(`#preview-page-${pageOf('1.1.1')} svg`);
    await expect(pageOfFeature).toContainText('approx 5000', { timeout: 60_000 });
    // The page with 1.1.1's measures table and its chart, as it will print.
    // At half size a whole page fits the view: the README's picture of a chart page.
    await app.getByRole('button', { name: 'Zoom out' }).click();
    const chartPage = app.locator(`#preview-page-${chartPageOf('1.1.1')}`);
    await chartPage.scrollIntoViewIfNeeded();
    await expect(chartPage.locator('svg')).toContainText('Not drawn (not a number)');
    await readmeScreenshot(chartPage, 'preview-chart-page');
  });

  test('draws the officer’s text as text: markup in an answer never becomes markup', async ({ app, backend }) => {
    test.setTimeout(120_000);
    const { reportId, pageOf } = await storeExample(backend);
    const report = await backend.services.reports.get(reportId);
    const section = report.sections['1.1.1'];
    const firstMeasure = section?.measures[0];
    if (!section || !firstMeasure) throw new Error('the example has 1.1.1 with measures');
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> & </text></svg>';
    await backend.services.reports.updateSection(reportId, '1.1.1', {
      ...section,
      narrative: `${hostile}\n\n${section.narrative}`,
      measures: [{ ...firstMeasure, indicator: hostile }],
    });
    await open(app, `#/reports/${reportId}/preview/1.1.1`);
    const sheet = app.locator(`#preview-page-${pageOf('1.1.1')} svg`);
    await expect(sheet).toContainText('<script>window.__pwned=2</script>', { timeout: 60_000 });
    expect(await app.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    const audit = new AxeAudit();
    await audit.check(app, 'preview step');
  });
});
