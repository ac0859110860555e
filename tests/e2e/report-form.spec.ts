import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './harness/fixtures';
import { readmeScreenshot } from './harness/readme-screenshot';

async function expectNoAxeViolations(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  expect(result.violations).toEqual([]);
}

async function waitUntilSaved(page: Page) {
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved \d/);
}

test.describe('the report form', () => {
  test('guides an officer from the profile through two Key Features to Review, and keeps it all after a reload', async ({
    app,
  }) => {
    await app.getByRole('button', { name: 'New report' }).click();
    await expect(app.getByRole('heading', { level: 2, name: 'City profile and reporting period' })).toBeFocused();

    // Profile, with an e-mail typed wrong and then corrected.
    await app.getByLabel('City', { exact: true }).fill('Kilifi');
    await app.getByLabel('County', { exact: true }).fill('Kilifi');
    await app.getByLabel('Population').fill('1,453,787');
    await app.getByLabel('Area in square kilometres').fill('12,610');
    await app.getByLabel('Name of the governor or mayor').fill("Gideon Mung'aro");
    await app.getByLabel('Title of the governor or mayor').fill('Governor');
    await app.getByLabel('Name of the learning-city focal point').fill('Amina Salim');
    const email = app.getByLabel('Focal point’s e-mail');
    await email.fill('amina@kilifi');
    await expect(app.getByText('Enter an e-mail address like name@county.go.ke')).toBeVisible();
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(email).toHaveAccessibleDescription(/Enter an e-mail address/);
    await email.fill('amina.salim@kilifi.go.ke');
    await expect(app.getByText('Enter an e-mail address like name@county.go.ke')).toHaveCount(0);
    await waitUntilSaved(app);
    await expect(app.getByRole('link', { name: /^Profile 9 of 9/ })).toBeVisible();

    // Area 1.1: two Key Features, counters and progress move as the officer writes.
    await app.getByRole('link', { name: /^1\.1 Individual empowerment/ }).click();
    await expect(
      app.getByRole('heading', { level: 2, name: '1.1 Individual empowerment and social cohesion' }),
    ).toBeFocused();
    const narrative111 = app.locator('#field-sections-1-1-1-narrative');
    await expect(app.getByTestId('field-sections-1-1-1-narrative-count')).toHaveText('0 / 500 words');
    await narrative111.fill("Kilifi's adult literacy classes reached 1,200 learners in 2024 – in twelve wards.");
    await expect(app.getByTestId('field-sections-1-1-1-narrative-count')).toHaveText('12 / 500 words');
    // Writing puts the Key Feature in progress; it counts once the officer marks it complete.
    const feature111 = app.getByRole('region', { name: /^1\.1\.1 / });
    await expect(feature111.getByRole('radio', { name: 'In progress' })).toBeChecked();
    await expect(feature111.getByText('Everything is answered: mark it Complete when it is ready')).toBeVisible();
    await expect(app.getByRole('link', { name: /^1\.1 Individual empowerment.*0 of 4/ })).toBeVisible();
    await feature111.getByRole('radio', { name: 'Complete' }).check();
    await expect(app.getByRole('link', { name: /^1\.1 Individual empowerment.*1 of 4/ })).toBeVisible();

    // A measure with a decimal comma is flagged, then fixed.
    await feature111.getByRole('button', { name: 'Add a measure' }).click();
    await expect(feature111.getByLabel('Indicator, row 1')).toBeFocused();
    await feature111.getByLabel('Indicator, row 1').fill('Adult literacy learners');
    await feature111.getByLabel('Current value, row 1').fill('1,200');
    const baseline = feature111.getByLabel('Baseline, row 1');
    await baseline.fill('12,5');
    await expect(feature111.getByText('Enter a number, like 1,200 or 3.5 (you wrote “12,5”)')).toBeVisible();
    await baseline.fill('12.5');
    await expect(feature111.getByText(/Enter a number/)).toHaveCount(0);

    await app.locator('#field-sections-1-1-2-narrative').fill('Ward barazas let residents question the county budget.');
    await app.locator('#field-sections-1-1-2-challenges').fill('word '.repeat(205));
    await expect(app.getByTestId('field-sections-1-1-2-challenges-count')).toHaveText(
      '205 / 200 words 5 words too many',
    );
    await app.locator('#field-sections-1-1-2-challenges').fill('Transport to remote wards.');
    await app
      .getByRole('region', { name: /^1\.1\.2 / })
      .getByRole('radio', { name: 'Complete' })
      .check();
    await expect(app.getByRole('link', { name: /^1\.1 Individual empowerment.*2 of 4/ })).toBeVisible();
    // Choosing 1.1.2's status left 1.1.1's as it was: each Key Feature's radios are a group of their own.
    await expect(feature111.getByRole('radio', { name: 'Complete' })).toBeChecked();
    await waitUntilSaved(app);
    await expectNoAxeViolations(app);
    await app.evaluate(() => window.scrollTo(0, 0));
    await readmeScreenshot(app, 'area');

    // Review lists what is missing; each item jumps to its field.
    await app.getByRole('link', { name: 'Review', exact: true }).click();
    await expect(app.getByRole('heading', { level: 2, name: 'Review and finalise' })).toBeFocused();
    await expect(app.getByRole('button', { name: 'Finalise the report' })).toBeDisabled();
    // Grouped by the area that fixes them, in stepper order.
    const group = app.getByRole('region', { name: /^1\.1 Individual empowerment/ });
    const missing = group.getByRole('link', {
      name: '1.1.3 – What did the city achieve?: Answer this before finalising',
    });
    await expect(missing).toBeVisible();
    await expect(app.locator('.error-summary h4').first()).toHaveText(/^1\.1 /);
    await expect(app.getByRole('link', { name: /1\.1\.1 – What did the city achieve/ })).toHaveCount(0);
    await expectNoAxeViolations(app);
    await readmeScreenshot(app, 'review');
    await missing.click();
    await expect(app.locator('#field-sections-1-1-3-narrative')).toBeFocused();
    expect(new URL(app.url()).hash).toMatch(/\/1\.1$/);

    // Everything is still there after a reload.
    await app.reload();
    await expect(app.locator('#field-sections-1-1-1-narrative')).toHaveValue(
      "Kilifi's adult literacy classes reached 1,200 learners in 2024 – in twelve wards.",
    );
    await expect(app.getByRole('region', { name: /^1\.1\.1 / }).getByLabel('Baseline, row 1')).toHaveValue('12.5');
    await expect(app.locator('#field-sections-1-1-2-challenges')).toHaveValue('Transport to remote wards.');
    await app.getByRole('link', { name: /^Profile/ }).click();
    await expect(app.getByLabel('Focal point’s e-mail')).toHaveValue('amina.salim@kilifi.go.ke');
  });

  test('lists reports with their progress, duplicates one and undoes a delete', async ({ app }) => {
    await app.getByRole('button', { name: 'New report' }).click();
    await app.getByLabel('County', { exact: true }).fill('Garissa');
    await waitUntilSaved(app);
    await app.getByRole('link', { name: 'All reports' }).click();
    const table = app.getByRole('table');
    await expect(table).toContainText('Garissa');
    await expect(table).toContainText(/4\s?%/);
    await app.getByRole('button', { name: 'Duplicate Learning city progress report' }).click();
    await expect(table).toContainText('Copy of Learning city progress report');
    await expectNoAxeViolations(app);
    await readmeScreenshot(app, 'reports-list');

    await app.getByRole('button', { name: 'Delete Copy of Learning city progress report' }).click();
    await expect(app.getByText('Deleted “Copy of Learning city progress report”.')).toBeVisible();
    await expect(app.getByRole('button', { name: 'Undo' })).toBeFocused();
    await expect(table.getByRole('row')).toHaveCount(2);
    await app.getByRole('button', { name: 'Undo' }).click();
    await expect(table.getByRole('row')).toHaveCount(3);
    await expect(table).toContainText('Copy of Learning city progress report');
  });

  test('a section marked not applicable asks for a reason', async ({ app }) => {
    await app.getByRole('button', { name: 'New report' }).click();
    await app.getByRole('link', { name: /^3\.3 Mobilisation/ }).click();
    const feature = app.getByRole('region', { name: /^3\.3\.3 / });
    await feature.getByLabel('Does not apply to our city').check();
    await expect(feature.getByText('Say why this Key Feature does not apply')).toBeVisible();
    await feature.getByLabel('Why does this Key Feature not apply?').fill('School fees are set nationally.');
    await expect(feature.getByText('Say why this Key Feature does not apply')).toHaveCount(0);
    await expect(app.getByRole('link', { name: /^3\.3 Mobilisation.*1 of 3/ })).toBeVisible();
  });

  test('keeps focus and caret through autosave, and stays usable after a 1 MB paste', async ({ app }) => {
    await app.getByRole('button', { name: 'New report' }).click();
    await app.getByRole('link', { name: /^2\.1 Inclusive learning/ }).click();
    const field = app.locator('#field-sections-2-1-1-narrative');
    await field.click();
    await app.keyboard.type('ECDE centres opened in every ward');
    // Move the caret into the middle, type, and let the save happen around it.
    for (let step = 0; step < 'in every ward'.length; step++) await app.keyboard.press('ArrowLeft');
    await app.keyboard.type('newly ');
    await waitUntilSaved(app);
    await app.keyboard.type('x');
    await expect(field).toBeFocused();
    await expect(field).toHaveValue('ECDE centres opened newly xin every ward');
    expect(await field.evaluate((element: HTMLTextAreaElement) => element.selectionStart)).toBe(
      'ECDE centres opened newly x'.length,
    );

    const megabyte = 'Wanafunzi wa ngazi-ya-chini 1,200 walifaulu. '.repeat(23_302);
    await app.locator('#field-sections-2-1-2-narrative').fill(megabyte);
    await expect(app.getByTestId('field-sections-2-1-2-narrative-count')).toHaveText(
      '116510 / 500 words 116010 words too many',
    );
    await app.keyboard.press('End');
    await app.keyboard.type(' mwisho');
    await expect(app.getByTestId('field-sections-2-1-2-narrative-count')).toHaveText(/^116511 \/ 500 words/);
    await waitUntilSaved(app);
    await app.reload();
    await expect(app.locator('#field-sections-2-1-2-narrative')).toHaveValue(`${megabyte} mwisho`);
  });

  test('saves linked SDG targets and flags one that is not a target', async ({ app }) => {
    await app.getByRole('button', { name: 'New report' }).click();
    await app.getByRole('link', { name: /^1\.3 Sustainable development/ }).click();
    const targets = app.getByRole('region', { name: /^1\.3\.3 / }).getByLabel('Linked SDG targets');
    await targets.fill('4.7, 11.3, 12');
    await expect(targets).toHaveAccessibleDescription(/Not an SDG target: 12/);
    await targets.fill('4.7, 11.3');
    await waitUntilSaved(app);
    await app.reload();
    await expect(app.getByRole('region', { name: /^1\.3\.3 / }).getByLabel('Linked SDG targets')).toHaveValue(
      '4.7, 11.3',
    );
    await app.getByRole('link', { name: 'Next: 2.1 Inclusive learning in the education system →' }).click();
    await expect(
      app.getByRole('heading', { level: 2, name: '2.1 Inclusive learning in the education system' }),
    ).toBeFocused();
    await app.getByRole('link', { name: '← Previous: 1.3 Sustainable development' }).press('Enter');
    await expect(app.getByRole('heading', { level: 2, name: '1.3 Sustainable development' })).toBeFocused();
  });

  test('finalises once every rule passes, and an edit afterwards makes it a draft again', async ({ app, backend }) => {
    const { reports, framework } = backend.services;
    const report = await reports.create({ county: 'Laikipia' });
    await reports.updateProfile(report.id, {
      ...report.profile,
      city: 'Nanyuki',
      population: '518,560',
      areaKm2: '9,462',
      leaderName: 'Governor name',
      leaderTitle: 'Governor',
      focalPointName: 'Focal point',
      focalPointEmail: 'focal@laikipia.go.ke',
    });
    for (const tier of framework.tiers) {
      for (const area of tier.areas) {
        for (const feature of area.features) {
          const section = report.sections[feature.id];
          if (section)
            await reports.updateSection(report.id, feature.id, {
              ...section,
              status: 'complete',
              narrative: `What Laikipia did for ${feature.id}.`,
            });
        }
      }
    }
    await app.goto(`${new URL(app.url()).origin}/index.html#/reports/${report.id}/review`);
    await expect(app.getByText('Everything is ready. You can finalise the report.')).toBeVisible();
    await app.getByRole('button', { name: 'Finalise the report' }).click();
    await expect(app.getByText('This report is final.', { exact: true })).toBeVisible();
    expect((await reports.get(report.id)).status).toBe('final');

    await app.getByRole('link', { name: /^3\.1 Strong political will/ }).click();
    await expect(app.getByText(/^This report is final\. Any change/)).toBeVisible();
    await app.locator('#field-sections-3-1-1-actions').fill('A county lifelong-learning bill.');
    await waitUntilSaved(app);
    await expect(app.getByText(/^This report is final\. Any change/)).toHaveCount(0);
    expect((await reports.get(report.id)).status).toBe('draft');
  });
});
