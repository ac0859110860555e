import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { allKeyFeatures, bundledFramework } from '../../shared/framework/load';
import { createReport } from '../../shared/report/create';
import { finalCheck } from '../../shared/report/final-check';
import type { Report } from '../../shared/report/schema';
import { webFormText } from '../../shared/report/web-form-text';
import { kilifiProfile } from '../fixtures/profiles';
import { resetFocusOrder, tabTo } from './a11y/keyboard';
import { connectBridge } from './harness/connect-bridge';
import { expect, test } from './harness/fixtures';
import type { TestServices } from './harness/test-services';

const framework = bundledFramework();

/** A report that passes every rule of the final export: every Key Feature answered and complete. */
function readyReport(): Report {
  const report = createReport(framework, {
    id: crypto.randomUUID(),
    now: '2026-11-23T09:00:00.000Z',
    title: 'Kilifi progress report 2026',
    county: 'Kilifi',
  });
  report.profile = { ...kilifiProfile, population: '1453787' };
  for (const feature of allKeyFeatures(framework)) {
    const section = report.sections[feature.id];
    if (!section) throw new Error('framework shape changed');
    report.sections[feature.id] = { ...section, status: 'complete', narrative: `What Kilifi did for ${feature.id}.` };
  }
  const first = report.sections['1.1.1'];
  if (!first) throw new Error('framework shape changed');
  report.sections['1.1.1'] = {
    ...first,
    narrative: 'Adult literacy classes reached 1,200 learners.\r\n\r\n\r\nThey met in twelve wards.',
    actions: 'Our actions:\n- Evening classes\n* Reading tents at markets',
    measures: [
      {
        id: 'm1',
        indicator: 'Adult literacy rate',
        unit: '%',
        baseline: '61.5',
        current: '72.25',
        target: '80',
        source: 'KNBS',
      },
    ],
    sdgTargets: ['4.6', '4.3'],
  };
  return report;
}

async function openWithClipboard(
  context: BrowserContext,
  backend: TestServices,
  rendererUrl: string,
  hash: string,
): Promise<Page> {
  const page = await context.newPage();
  await connectBridge(page, backend.services, rendererUrl);
  await page.goto(`${rendererUrl}/index.html${hash}`);
  return page;
}

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test.describe('Copy to the online form', () => {
  test('by keyboard: the final check first, then each answer copied as plain text, ticked, and still ticked after a reload', async ({
    browser,
    backend,
    renderer,
  }) => {
    test.setTimeout(240_000);
    const report = readyReport();
    expect(finalCheck(report, framework).problems).toEqual([]);
    await backend.services.drafts?.store.put(report);
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const app = await openWithClipboard(context, backend, renderer.url, `#/reports/${report.id}/submit`);
    await expect(app.getByRole('heading', { level: 2, name: 'Copy to the online form' })).toBeFocused();
    await expect(app.getByText('Every rule of the final report passes: the answers are ready to copy.')).toBeVisible();
    const buttons = app.getByRole('button', { name: /^Copy: / });
    const total = await buttons.count();
    // The profile questions answered, then one or more answers for each of the 43 Key Features.
    expect(total).toBeGreaterThan(43 + 10);
    await expect(app.getByText(`0 of ${total} answers copied`)).toBeVisible();

    // By keyboard: Tab to a Copy button and press Enter.
    await resetFocusOrder(app);
    await tabTo(app, /^button.* Copy: 1\.1\.1 – What did the city achieve\?$/);
    await app.keyboard.press('Enter');
    expect(await clipboard(app)).toBe('Adult literacy classes reached 1,200 learners.\n\nThey met in twelve wards.');
    await expect(
      app
        .getByRole('status')
        .filter({ hasText: 'Copied: 1.1.1 – What did the city achieve?. Paste it into the online form.' }),
    ).toBeVisible();
    await tabTo(app, /^button.* Copy: 1\.1\.1 – Actions and initiatives$/);
    await app.keyboard.press('Enter');
    expect(await clipboard(app)).toBe('Our actions:\n• Evening classes\n• Reading tents at markets');
    await tabTo(app, /^button.* Copy: 1\.1\.1 – Measures$/);
    await app.keyboard.press('Enter');
    expect(await clipboard(app)).toBe(
      '• Adult literacy rate (%): baseline 61.5, current value 72.25, target 80. Source: KNBS',
    );
    await tabTo(app, /^button.* Copy: 1\.1\.1 – Linked SDG targets$/);
    await app.keyboard.press('Enter');
    expect(await clipboard(app)).toBe('4.6, 4.3');

    // Every other answer, each read back from the clipboard.
    for (let index = 0; index < total; index++) {
      const button = buttons.nth(index);
      await button.click();
      const copied = await clipboard(app);
      const item = app.locator('.answer').nth(index);
      await expect(item.locator('.answer__state')).toHaveText('✓ Copied');
      expect(copied).toBe(await item.locator('.answer__text').textContent());
      const name = (await button.getAttribute('aria-label')) ?? '';
      if (name === 'Copy: Population') expect(copied).toBe('1,453,787');
      if (name === 'Copy: Focal point’s e-mail') expect(copied).toBe(kilifiProfile.focalPointEmail);
      if (/^Copy: \d+\.\d+\.\d+ – What did the city achieve\?$/.test(name) && !name.includes('1.1.1'))
        expect(copied).toBe(webFormText(`What Kilifi did for ${name.slice(6, name.indexOf(' – '))}.`));
    }
    await expect(app.getByText(`${total} of ${total} answers copied`)).toBeVisible();

    // On disk, and on screen after a reload.
    const onDisk = JSON.parse(
      await readFile(path.join(backend.dataDir, 'submission', `${report.id}.json`), 'utf8'),
    ) as Record<string, string>;
    expect(Object.keys(onDisk)).toHaveLength(total);
    await app.reload();
    await expect(app.getByText(`${total} of ${total} answers copied`)).toBeVisible();
    await expect(app.locator('.answer__state', { hasText: '✓ Copied' })).toHaveCount(total);

    // An answer changed after it was copied is no longer ticked: its tick belonged to the old text.
    const section = report.sections['2.1.1'];
    if (!section) throw new Error('framework shape changed');
    await backend.services.reports.updateSection(report.id, '2.1.1', {
      ...section,
      narrative: 'Twelve new ECDE centres.',
    });
    await app.reload();
    await expect(app.getByText(`${total - 1} of ${total} answers copied`)).toBeVisible();
    await expect(
      app
        .locator('.answer', { has: app.getByRole('button', { name: 'Copy: 2.1.1 – What did the city achieve?' }) })
        .locator('.answer__state'),
    ).toHaveText('Changed since you copied it');
    await context.close();
  });

  test('shows what the final check still finds before the answers, each a link to its field', async ({
    app,
    backend,
  }) => {
    const report = await backend.services.reports.create({ title: 'Garissa 2026', county: 'Garissa' });
    const section = report.sections['1.1.1'];
    if (!section) throw new Error('framework shape changed');
    await backend.services.reports.updateSection(report.id, '1.1.1', {
      ...section,
      status: 'complete',
      narrative: 'Literacy classes.',
    });
    await app.goto(`${new URL(app.url()).origin}/index.html#/reports/${report.id}/submit`);
    await expect(
      app.getByRole('heading', { name: /^Before you copy: the final check finds \d+ things to fix$/ }),
    ).toBeVisible();
    await expect(app.getByRole('button', { name: /^Copy: / })).toHaveCount(0);
    await app.getByRole('link', { name: /^1\.1\.2 – What did the city achieve\?: Answer this before/ }).click();
    await expect(app).toHaveURL(/\/1\.1$/);
    await app.goBack();
    await app.getByRole('button', { name: 'Show the answers to copy anyway' }).click();
    await expect(app.getByRole('button', { name: 'Copy: 1.1.1 – What did the city achieve?' })).toBeVisible();
  });

  test('without clipboard access, says how to copy by hand and ticks nothing', async ({
    browser,
    backend,
    renderer,
  }) => {
    const report = readyReport();
    await backend.services.drafts?.store.put(report);
    const context = await browser.newContext({ permissions: [] });
    const app = await openWithClipboard(context, backend, renderer.url, `#/reports/${report.id}/submit`);
    await app.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      });
    });
    await app.getByRole('button', { name: 'Copy: 1.1.1 – What did the city achieve?' }).click();
    await expect(
      app.getByRole('status').filter({ hasText: 'Ripoti could not put the text on the clipboard.' }),
    ).toBeVisible();
    await expect(app.locator('.answer__state', { hasText: '✓ Copied' })).toHaveCount(0);
    expect(await backend.services.copiedAnswers.list(report.id)).toEqual({});
    await context.close();
  });
});
