import type { Page } from '@playwright/test';
import jpeg from 'jpeg-js';
import { AxeAudit } from './a11y/axe-audit';
import { answerKeyFeaturesExcept, kilifiProfile } from './a11y/seed';
import { expect, test } from './harness/fixtures';
import { createTestServices } from './harness/test-services';
import { readmeScreenshot } from './harness/readme-screenshot';

/** Waits for a step's heading, which the app focuses so a screen reader announces the change. */
async function expectStep(page: Page, name: string | RegExp) {
  await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeFocused();
}

/** Opens a step afresh (a reload, as when the app restarts), so data written by the backend is read again. */
async function openStep(page: Page, reportId: string, step: string) {
  await page.goto(`${new URL(page.url()).origin}/index.html#/reports/${reportId}/${step}`);
  await page.reload();
}

/** The text a reader can get at in the main area, to compare one rendering against another. */
async function mainText(page: Page): Promise<string> {
  return (await page.locator('main').innerText()).replace(/\s+/g, ' ').trim();
}

test.describe('accessibility of every screen', () => {
  test('axe-core finds no violation on any screen or state of a report’s life', async ({ app, backend }) => {
    test.setTimeout(180_000);
    const audit = new AxeAudit();

    await expect(app.getByRole('heading', { level: 1, name: 'Your reports' })).toBeFocused();
    await audit.check(app, 'reports list, empty');

    await app.getByRole('link', { name: 'Settings' }).click();
    await audit.check(app, 'settings');
    await app.getByLabel('Language of the interface').selectOption('sw');
    await expect(app.getByRole('heading', { level: 1, name: 'Mipangilio' })).toBeVisible();
    await expect(app.locator('html')).toHaveAttribute('lang', 'sw-KE');
    await audit.check(app, 'settings saved, in Kiswahili');
    await app.getByRole('link', { name: 'Ripoti', exact: true }).click();
    await audit.check(app, 'reports list in Kiswahili');
    await app.getByRole('link', { name: 'Mipangilio' }).click();
    await app.getByLabel('Lugha ya kiolesura').selectOption('fr');
    await expect(app.getByRole('heading', { level: 1, name: 'Paramètres' })).toBeVisible();
    await audit.check(app, 'settings in French');
    await app.getByLabel('Langue de l’interface').selectOption('en');
    await expect(app.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();

    await app.getByRole('link', { name: 'Reports' }).click();
    await app.getByRole('button', { name: 'New report' }).click();
    await expectStep(app, 'City profile and reporting period');
    await audit.check(app, 'profile step, empty');
    const email = app.getByLabel('Focal point’s e-mail');
    await email.fill('amina@kilifi');
    await app.getByLabel('Population').fill('about a million');
    await app.getByLabel('City', { exact: true }).focus();
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await audit.check(app, 'profile step with errors shown');
    const reportId = new URL(app.url()).hash.split('/')[2] ?? '';

    await app.getByRole('link', { name: /^1\.1 Individual empowerment/ }).click();
    await expectStep(app, /^1\.1 /);
    await audit.check(app, 'area step, empty');
    const feature111 = app.getByRole('region', { name: /^1\.1\.1 / });
    await app.locator('#field-sections-1-1-1-narrative').fill('Adult literacy classes reached 1,200 learners.');
    await feature111.getByRole('button', { name: 'Add a measure' }).click();
    await feature111.getByLabel('Baseline, row 1').fill('12,5');
    await app.locator('#field-sections-1-1-1-challenges').fill('word '.repeat(205));
    await feature111.getByLabel('Indicator, row 1').focus();
    await expect(feature111.getByText(/Enter a number/)).toBeVisible();
    await audit.check(app, 'area step with errors shown (bad number, over the word limit)');
    await app
      .getByRole('region', { name: /^1\.1\.4 / })
      .getByLabel('Does not apply to our city')
      .check();
    await expect(app.getByLabel('Why does this Key Feature not apply?')).toBeVisible();
    await audit.check(app, 'area step with a Key Feature marked not applicable');

    await app.getByRole('link', { name: 'Review', exact: true }).click();
    await expectStep(app, 'Review and finalise');
    await audit.check(app, 'review with things to fix');
    await app.getByRole('link', { name: 'Export', exact: true }).click();
    await expectStep(app, 'Export');
    await audit.check(app, 'export step');
    await app.getByRole('radio', { name: 'Final, for submission' }).check();
    await expect(app.getByRole('region', { name: /^Before the final export/ })).toBeVisible();
    await expect(app.getByRole('button', { name: 'Export to Word…' })).toBeDisabled();
    await audit.check(app, 'export: the final check listing what fails, kind by kind');
    await app.getByRole('checkbox', { name: /^Key Features with no answer/ }).check();
    await audit.check(app, 'export: the final check with one kind confirmed');
    await app.getByRole('radio', { name: 'Draft, to share and review' }).check();
    await app.getByRole('button', { name: 'Export to Word…' }).click();
    await expect(app.getByRole('button', { name: 'Show in folder' })).toBeVisible({ timeout: 90_000 });
    await audit.check(app, 'export: draft saved, with Open and Show in folder');
    await app.getByRole('link', { name: 'History', exact: true }).click();
    await expectStep(app, 'History');
    await audit.check(app, 'history step, no versions');
    await app.getByRole('button', { name: 'Save a version now' }).click();
    await expect(app.getByText('Version saved.')).toBeVisible();
    await audit.check(app, 'history step with a saved version');
    await app.getByRole('link', { name: 'Sync', exact: true }).click();
    await expectStep(app, 'Sync');
    await audit.check(app, 'sync step, not connected');

    // Everything answered: Review says ready, then the report is final.
    await backend.services.reports.updateProfile(reportId, kilifiProfile);
    await answerKeyFeaturesExcept(backend, reportId, '-');
    await openStep(app, reportId, 'review');
    await expectStep(app, 'Review and finalise');
    await expect(app.getByText('Everything is ready. You can finalise the report.')).toBeVisible();
    await audit.check(app, 'review, ready to finalise');
    await app.getByRole('button', { name: 'Finalise the report' }).click();
    await expect(app.getByText('This report is final.').first()).toBeVisible();
    await audit.check(app, 'review, report final');

    await app.getByRole('link', { name: 'All reports' }).click();
    await expect(app.getByRole('table')).toBeVisible();
    await audit.check(app, 'reports list with a final report');
    await app.getByRole('button', { name: 'Duplicate' }).first().click();
    await expect(app.getByRole('table').getByRole('row')).toHaveCount(3);
    await app.getByRole('button', { name: 'Delete' }).first().click();
    await expect(app.getByRole('button', { name: 'Undo' })).toBeVisible();
    await audit.check(app, 'reports list after a delete, with Undo');

    audit.finish('a report’s life');
  });

  test('a sync conflict shown side by side has no axe violation', async ({ app, backend }) => {
    const { startCouchServer } = await import('../integration/sync/support/couch-server');
    const { createDevice } = await import('../integration/sync/support/sync-device');
    const server = await startCouchServer();
    try {
      await server.addUser('amina', 'amina-pass', ['ripoti-kilifi']);
      await server.addUser('baraka', 'baraka-pass', ['ripoti-kilifi']);
      await server.createCountyDatabase('ripoti-kilifi');
      const url = `${server.origin}/ripoti-kilifi`;
      const audit = new AxeAudit();
      const report = await backend.services.reports.create({ title: 'Kilifi progress report 2026', county: 'Kilifi' });
      await openStep(app, report.id, 'sync');
      await app.getByLabel('Server address (with the county database)').fill(url);
      await app.getByLabel('User name').fill('amina');
      await app.getByLabel('Password').fill('amina-pass');
      await app.getByRole('button', { name: 'Save connection' }).click();
      await app.getByRole('button', { name: 'Sync now' }).click();
      await expect(app.getByTestId('sync-status')).toHaveText(/^Synced /);
      await audit.check(app, 'sync step, synced');

      const baraka = await createDevice(url, 'baraka', 'baraka-pass');
      await baraka.syncOrThrow(report.id);
      const theirs = (await baraka.repository.get(report.id)).sections['1.1.1'];
      if (!theirs) throw new Error('no section 1.1.1');
      await baraka.repository.updateSection(
        report.id,
        '1.1.1',
        { ...theirs, narrative: 'Seven learning centres opened.' },
        new Date().toISOString(),
      );
      await baraka.syncOrThrow(report.id);
      await backend.services.reports.updateSection(report.id, '1.1.1', {
        ...theirs,
        narrative: 'Six learning centres opened.',
      });
      await app.reload();
      await app.getByRole('button', { name: 'Sync now' }).click();
      const conflict = app.getByTestId('sync-conflict');
      await expect(conflict).toHaveCount(1);
      await audit.check(app, 'sync conflict side by side');
      await conflict.getByRole('button', { name: 'Write a merged text' }).click();
      await expect(conflict.getByLabel('Merged text')).toBeVisible();
      await audit.check(app, 'sync conflict with the merged-text editor open');
      audit.finish('sync conflicts');
    } finally {
      await server.close();
    }
  });

  test('draft files and evidence: the import question, a refused file, a photo and a broken photo have no axe violation', async ({
    app,
  }) => {
    const audit = new AxeAudit();
    const elsewhere = await createTestServices();
    try {
      const report = await elsewhere.services.reports.create({ title: 'Garissa from a flash drive' });
      const bytes = (await elsewhere.services.drafts?.files.exportFile(report.id))?.bytes ?? Buffer.alloc(0);
      const file = { name: 'garissa.ripoti', mimeType: 'application/octet-stream', buffer: bytes };
      await app.getByLabel('Import a draft file (.ripoti)').setInputFiles(file);
      await expect(app).toHaveURL(new RegExp(`#/reports/${report.id}/`));
      await app.goto(app.url().replace(/#.*$/, '#/reports'));
      await app.getByLabel('Import a draft file (.ripoti)').setInputFiles(file);
      await expect(app.getByRole('dialog')).toBeVisible();
      await audit.check(app, 'import: asking before replacing a report already here');
      await app.getByRole('button', { name: 'Cancel' }).click();
      await app
        .getByLabel('Import a draft file (.ripoti)')
        .setInputFiles({ ...file, buffer: Buffer.from(bytes.toString('utf8').replace('Garissa', 'Garrisa')) });
      await expect(app.getByRole('alert').filter({ hasText: /checksum/ })).toBeVisible();
      await audit.check(app, 'import: a tampered file refused');

      await openStep(app, report.id, '1.1');
      await expectStep(app, /^1\.1 /);
      const feature = app.getByRole('region', { name: /^1\.1\.1 / });
      const photo = jpeg.encode({ width: 400, height: 200, data: Buffer.alloc(400 * 200 * 4, 180) }, 70).data;
      await feature
        .getByLabel('Add photos', { exact: true })
        .setInputFiles({ name: 'festival.jpg', mimeType: 'image/jpeg', buffer: photo });
      await expect(feature.getByRole('img', { name: 'Preview of the photo' })).toBeVisible();
      await audit.check(app, 'evidence: a photo waiting for its caption');
      await feature
        .getByLabel('Add photos', { exact: true })
        .setInputFiles({ name: 'broken.jpg', mimeType: 'image/jpeg', buffer: photo.subarray(0, 300) });
      await expect(feature.getByRole('alert')).toContainText('broken.jpg');
      await audit.check(app, 'evidence: a broken photo refused');
      audit.finish('draft files and evidence');
    } finally {
      await elsewhere.dispose();
    }
  });

  test('at 200 % zoom and in forced colours nothing is lost and axe stays clean', async ({ app, backend }) => {
    const audit = new AxeAudit();
    const report = await backend.services.reports.create({ title: 'Kilifi progress report 2026', county: 'Kilifi' });
    await openStep(app, report.id, '1.1');
    await expectStep(app, /^1\.1 /);
    const atFullSize = await mainText(app);

    // 200 % zoom of a 1280 × 860 window is a 640 × 430 CSS-pixel viewport drawn at twice the density.
    await app.setViewportSize({ width: 640, height: 430 });
    await expect
      .poll(() => app.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth))
      .toBeLessThanOrEqual(0);
    expect(await mainText(app)).toBe(atFullSize);
    const overflowing = await app.evaluate(() =>
      [...document.querySelectorAll('main input, main textarea, main select, main button, main a')]
        .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .map((element) => element.outerHTML.slice(0, 80)),
    );
    expect(overflowing).toEqual([]);
    await audit.check(app, 'area step at 200 % zoom');

    await app.emulateMedia({ forcedColors: 'active' });
    expect(await mainText(app)).toBe(atFullSize);
    await app.locator('#field-sections-1-1-1-narrative').focus();
    const ring = await app.evaluate(() => getComputedStyle(document.activeElement ?? document.body).outlineStyle);
    expect(ring).not.toBe('none');
    await audit.check(app, 'area step at 200 % zoom in forced colours');
    await app.setViewportSize({ width: 1280, height: 860 });
    await openStep(app, report.id, 'profile');
    await expectStep(app, 'City profile and reporting period');
    await audit.check(app, 'profile step in forced colours');
    audit.finish('zoom and forced colours');
  });

  test('screen readers hear labels, hints, errors, word counts, save status and step changes', async ({
    app,
    backend,
  }) => {
    const report = await backend.services.reports.create({ title: 'Kilifi progress report 2026', county: 'Kilifi' });
    await openStep(app, report.id, '1.1');
    await expectStep(app, /^1\.1 Individual empowerment/);
    const narrative = app.getByRole('textbox', { name: 'What did the city achieve?' }).first();
    await expect(narrative).toHaveAccessibleDescription(/Concrete results in the reporting period.*0 \/ 500 words/);
    await narrative.fill('Literacy classes in twelve wards.');
    // The count is announced once typing pauses, in a polite live region, not on every key.
    const announcement = app.locator('#field-sections-1-1-1-narrative ~ [aria-live="polite"]');
    await expect(announcement).toHaveText('5 / 500 words');
    await expect(app.getByTestId('save-status')).toHaveAttribute('role', 'status');
    await expect(app.getByTestId('save-status')).toHaveText(/^Saved \d/);
    const challenges = app.locator('#field-sections-1-1-1-challenges');
    await challenges.fill('word '.repeat(201));
    await expect(challenges).toHaveAttribute('aria-invalid', 'true');
    await expect(challenges).toHaveAccessibleDescription(/201 \/ 200 words 1 word too many/);
    await app.getByRole('link', { name: /^Next: 1\.2 / }).click();
    await expectStep(app, /^1\.2 Economic development/);
  });

  test('the form in Kiswahili and in French, screenshots for the README', async ({ app, backend }) => {
    const audit = new AxeAudit();
    for (const [language, title, heading, narrative, file] of [
      [
        'sw',
        'Ripoti ya maendeleo ya Kilifi 2026',
        /^1\.1 Uwezeshaji wa mtu binafsi/,
        'Madarasa ya kisomo cha watu wazima yaliwafikia wanafunzi 1,200 katika wadi kumi na mbili.',
        'form-sw',
      ],
      [
        'fr',
        'Rapport d’avancement de Kilifi 2026',
        /^1\.1 Autonomisation individuelle/,
        'Les cours d’alphabétisation des adultes ont touché 1 200 apprenants dans douze quartiers.',
        'form-fr',
      ],
    ] as const) {
      const report = await backend.services.reports.create({ title, county: 'Kilifi' });
      await backend.services.reports.updateProfile(report.id, kilifiProfile);
      backend.services.settings.update({ interfaceLanguage: language });
      await openStep(app, report.id, '1.1');
      await expectStep(app, heading);
      await expect(app.locator('html')).toHaveAttribute('lang', language === 'sw' ? 'sw-KE' : 'fr-FR');
      await app.locator('#field-sections-1-1-1-narrative').fill(narrative);
      await expect(app.getByTestId('save-status')).toHaveText(language === 'sw' ? /^Imehifadhiwa / : /^Enregistré /);
      await audit.check(app, `area step in ${language}, saved`);
      await app.evaluate(() => window.scrollTo(0, 0));
      await readmeScreenshot(app, file);
    }
    audit.finish('Kiswahili and French');
  });
});
