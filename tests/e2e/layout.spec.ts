import type { Page } from '@playwright/test';
import { AxeAudit } from './a11y/axe-audit';
import { answerKeyFeaturesExcept, kilifiProfile } from './a11y/seed';
import { expect, test } from './harness/fixtures';

/** Opens a step afresh, as after a restart, so what the backend wrote is read again. */
async function openStep(page: Page, reportId: string, step: string) {
  await page.goto(`${new URL(page.url()).origin}/index.html#/reports/${reportId}/${step}`);
  await page.reload();
  await expect(page.locator('main h1, main h2').first()).toBeVisible();
}

/** What sticks out to the right of the window: the page itself, or any control in it. */
async function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    // Text kept for screen readers only (clipped to nothing) is not on screen to overflow it.
    const clipped = (element: Element) => {
      for (let node: Element | null = element; node; node = node.parentElement)
        if (getComputedStyle(node).clipPath !== 'none') return true;
      return false;
    };
    const wide =
      document.documentElement.scrollWidth > width ? [`page ${document.documentElement.scrollWidth} > ${width}`] : [];
    const controls = [
      ...document.querySelectorAll(
        'main input:not([hidden]), main textarea, main select, main button, main a, main th, main td, main label, main legend',
      ),
    ]
      .filter(
        (element) =>
          element.getBoundingClientRect().width > 0 &&
          element.getBoundingClientRect().right > width + 1 &&
          !clipped(element),
      )
      .map(
        (element) =>
          `${element.tagName.toLowerCase()} “${(element.textContent || element.getAttribute('aria-label') || '').trim().slice(0, 40)}” right=${Math.round(element.getBoundingClientRect().right)}`,
      );
    return [...wide, ...controls];
  });
}

test.describe('the page on small screens', () => {
  test('at 1024 × 600 an area opens with its first answer box in view, and the save status and current Key Feature stay in view while typing far down', async ({
    app,
    backend,
  }) => {
    await app.setViewportSize({ width: 1024, height: 600 });
    const report = await backend.services.reports.create({ title: 'Garissa progress report 2026', county: 'Garissa' });
    await openStep(app, report.id, '1.1');
    await expect(app.getByRole('heading', { level: 2, name: /^1\.1 / })).toBeFocused();
    const first = app.locator('#field-sections-1-1-1-narrative');
    const box = await first.boundingBox();
    expect(box, 'the first answer box is drawn').not.toBeNull();
    // Visible without scrolling: its top and at least two lines of it inside the 600 px window.
    expect((box?.y ?? 999) + 48).toBeLessThan(600);

    // The last Key Feature's last answer, 3 000 px further down.
    const last = app.locator('#field-sections-1-1-4-nextSteps');
    await last.focus();
    await app.keyboard.type('Open two more centres in 2027.');
    const status = app.getByTestId('save-status');
    await expect(status).toHaveText(/^Saved \d/);
    const inView = async (selector: string) =>
      app.locator(selector).evaluate((element) => {
        const rect = element.getBoundingClientRect();
        return rect.top >= 0 && rect.bottom <= window.innerHeight && rect.height > 0;
      });
    expect(await app.evaluate(() => window.scrollY)).toBeGreaterThan(1500);
    expect(await inView('[data-testid="save-status"]')).toBe(true);
    await expect(app.locator('.report__current')).toHaveText(/^Writing: 1\.1\.4 /);
    expect(await inView('.report__current')).toBe(true);
    // The field being typed in is not hidden under the bar.
    const field = await last.boundingBox();
    const bar = await app.locator('.report__bar').boundingBox();
    expect((field?.y ?? 0) + 4).toBeGreaterThan((bar?.y ?? 0) + (bar?.height ?? 0));
  });

  test('every screen reflows at 320 CSS px (WCAG 2.2 1.4.10) with nothing wider than the window, and axe stays clean', async ({
    app,
    backend,
  }) => {
    test.setTimeout(180_000);
    const audit = new AxeAudit();
    const report = await backend.services.reports.create({
      title: 'Kilifi County learning city progress report 2024–2026',
      county: 'Kilifi',
    });
    await backend.services.reports.updateProfile(report.id, kilifiProfile);
    await answerKeyFeaturesExcept(backend, report.id, '1.1.');
    const section = (await backend.services.reports.get(report.id)).sections['1.1.1'];
    if (!section) throw new Error('no 1.1.1');
    await backend.services.reports.updateSection(report.id, '1.1.1', {
      ...section,
      narrative: 'Adult literacy classes in twelve wards.',
      measures: [
        {
          id: 'm1',
          indicator: 'Adult learners enrolled in literacy classes',
          unit: 'people',
          baseline: '850',
          current: '1200',
          target: 'approx 5000',
          source: 'County Directorate of Adult and Continuing Education',
        },
      ],
    });
    await backend.services.drafts?.history.snapshot(report.id, 'manual');
    await app.setViewportSize({ width: 320, height: 640 });

    const screens: [string, () => Promise<void>][] = [
      [
        'reports list',
        async () => {
          await app.goto(`${new URL(app.url()).origin}/index.html#/reports`);
          // The list was drawn before the test wrote its report: read it again, as at a restart.
          await app.reload();
          await expect(app.getByRole('button', { name: /^Delete/ })).toBeVisible();
        },
      ],
      [
        'settings',
        async () => {
          await app.goto(`${new URL(app.url()).origin}/index.html#/settings`);
          await expect(app.getByLabel('Language of the interface')).toBeVisible();
        },
      ],
      ['profile', () => openStep(app, report.id, 'profile')],
      ['area 1.1 with a measure', () => openStep(app, report.id, '1.1')],
      ['review', () => openStep(app, report.id, 'review')],
      [
        'export, final check',
        async () => {
          await openStep(app, report.id, 'export');
          await app.getByRole('radio', { name: 'Final, for submission' }).check();
          await expect(app.getByRole('region', { name: /^Before the final export/ })).toBeVisible();
        },
      ],
      [
        'history with a version',
        async () => {
          await openStep(app, report.id, 'history');
          await expect(app.getByRole('button', { name: /^Restore/ }).first()).toBeVisible();
        },
      ],
      [
        'sync with a connection typed',
        async () => {
          await openStep(app, report.id, 'sync');
          await app
            .getByLabel('Server address (with the county database)')
            .fill('https://couch.garissa.go.ke/ripoti-garissa');
          await app.getByLabel('User name').fill('amina');
        },
      ],
    ];
    for (const [name, open] of screens) {
      await open();
      expect(await overflow(app), name).toEqual([]);
      await audit.check(app, `${name} at 320 px`);
    }
    // Save connection (cut off at 1024 × 600 in issue #16) is whole on screen once scrolled to.
    const save = app.getByRole('button', { name: 'Save connection' });
    await save.scrollIntoViewIfNeeded();
    await expect(save).toBeInViewport({ ratio: 1 });
    audit.finish('reflow at 320 px');
  });
});
