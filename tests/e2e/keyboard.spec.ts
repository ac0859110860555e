import type { Page } from '@playwright/test';
import mammoth from 'mammoth';
import { resetFocusOrder, tabTo } from './a11y/keyboard';
import { answerKeyFeaturesExcept } from './a11y/seed';
import { expect, test } from './harness/fixtures';

/** Types into the focused field, as a person does: nothing but key presses. */
async function typeHere(page: Page, text: string) {
  await page.keyboard.type(text);
}

async function tabAndType(page: Page, field: RegExp, text: string) {
  await tabTo(page, field);
  await typeHere(page, text);
}

/**
 * Back up to the Key Feature's status (writing put it in progress), one arrow down to Complete,
 * and Tab back into the answer just written.
 */
async function markComplete(page: Page) {
  await tabTo(page, /^input\[radio\]/, { backwards: true });
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('input[type="radio"]:focus')).toHaveAttribute('value', 'complete');
  await page.keyboard.press('Tab');
  await expect(page.locator('textarea:focus')).toHaveAccessibleName('What did the city achieve?');
  await resetFocusOrder(page);
}

test('an officer creates, completes and finalises a report with the keyboard alone, focus always visible and in order', async ({
  app,
  backend,
}) => {
  test.setTimeout(240_000);

  // The app starts with its heading focused, so a screen reader says where it is.
  await expect(app.getByRole('heading', { level: 1, name: 'Your reports' })).toBeFocused();
  await resetFocusOrder(app);
  await tabTo(app, /^button.* New report$/);
  await app.keyboard.press('Enter');
  await expect(app.getByRole('heading', { level: 2, name: 'City profile and reporting period' })).toBeFocused();
  const reportId = new URL(app.url()).hash.split('/')[2] ?? '';

  // From the top of a report page, the skip link jumps over the navigation and the 17 step links to the form.
  await resetFocusOrder(app);
  await tabTo(app, /^a Skip to the form$/, { backwards: true });
  await app.keyboard.press('Enter');
  await expect(app.getByRole('heading', { level: 2, name: 'City profile and reporting period' })).toBeFocused();
  expect(new URL(app.url()).hash).toBe(`#/reports/${reportId}/profile`);

  // The profile, with a wrong e-mail that is shown, described and then fixed.
  await resetFocusOrder(app);
  await tabAndType(app, /^input\[text\] City$/, 'Kilifi');
  await tabAndType(app, /^input\[text\] County$/, 'Kilifi');
  await tabAndType(app, /^input\[text\] Country$/, 'Kenya');
  await tabAndType(app, /Name of the governor or mayor$/, "Gideon Mung'aro");
  await tabAndType(app, /Title of the governor or mayor$/, 'Governor');
  await tabAndType(app, /Name of the learning-city focal point$/, 'Amina Salim');
  await tabAndType(app, /Focal point’s e-mail$/, 'amina@kilifi');
  await app.keyboard.press('Tab');
  const email = app.getByLabel('Focal point’s e-mail');
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toHaveAccessibleDescription(/Enter an e-mail address like name@county\.go\.ke/);
  await app.keyboard.press('Shift+Tab');
  await expect(email).toBeFocused();
  await app.keyboard.press('ControlOrMeta+A');
  await typeHere(app, 'amina.salim@kilifi.go.ke');
  await app.keyboard.press('Tab');
  await expect(email).not.toHaveAttribute('aria-invalid', 'true');
  // The figures come after the contacts, as UNESCO's membership form asks them.
  await tabAndType(app, /^input\[text\] Population$/, '1,453,787');
  await tabAndType(app, /Area in square kilometres$/, '12,610');
  await app.keyboard.press('Tab');
  await expect(app.getByTestId('save-status')).toHaveText(/^Saved \d/);
  await expect(app.getByRole('link', { name: /^Profile 9 of 9/ })).toBeVisible();

  // Area 1.1: every Key Feature answered; a measure typed with a decimal comma is flagged and fixed.
  await tabTo(app, /^a Next: 1\.1 /);
  await app.keyboard.press('Enter');
  await expect(app.getByRole('heading', { level: 2, name: /^1\.1 / })).toBeFocused();
  await resetFocusOrder(app);
  await tabAndType(
    app,
    /^textarea What did the city achieve\?$/,
    'Adult literacy classes reached 1,200 learners in twelve wards.',
  );
  await markComplete(app);
  await tabTo(app, /^button.* Add a measure$/);
  await app.keyboard.press('Enter');
  await expect(app.getByRole('region', { name: /^1\.1\.1 / }).getByLabel('Indicator, row 1')).toBeFocused();
  await resetFocusOrder(app); // the app moved focus back up into the new row on purpose
  await typeHere(app, 'Adult literacy learners');
  await tabAndType(app, /Baseline, row 1$/, '12,5');
  await tabAndType(app, /Current value, row 1$/, '1200');
  const baseline = app.getByRole('region', { name: /^1\.1\.1 / }).getByLabel('Baseline, row 1');
  await expect(baseline).toHaveAttribute('aria-invalid', 'true');
  await expect(baseline).toHaveAccessibleDescription(/Enter a number, like 1,200 or 3\.5/);
  await tabTo(app, /Baseline, row 1$/, { backwards: true });
  await app.keyboard.press('ControlOrMeta+A');
  await typeHere(app, '12.5');
  await app.keyboard.press('Tab');
  await expect(baseline).not.toHaveAttribute('aria-invalid', 'true');
  for (const feature of ['1.1.2', '1.1.3', '1.1.4']) {
    await tabAndType(app, /^textarea What did the city achieve\?$/, `Kilifi's work on ${feature} in the period.`);
    await markComplete(app);
  }
  await app.keyboard.press('Tab');
  await expect(app.getByRole('link', { name: /^1\.1 Individual empowerment.*4 of 4/ })).toBeVisible();
  await expect(app.getByTestId('save-status')).toHaveText(/^Saved \d/);

  // Colleagues drafted the other areas on earlier days (written through the services, then the app reopens).
  await answerKeyFeaturesExcept(backend, reportId, '1.1.');
  await app.reload();
  await expect(app.getByRole('heading', { level: 2, name: /^1\.1 / })).toBeFocused();

  // Review, reached from the step list by Tab; Finalise with Enter; then Export.
  await resetFocusOrder(app);
  await tabTo(app, /^a Review$/);
  await app.keyboard.press('Enter');
  await expect(app.getByRole('heading', { level: 2, name: 'Review and finalise' })).toBeFocused();
  await expect(app.getByText('Everything is ready. You can finalise the report.')).toBeVisible();
  await resetFocusOrder(app);
  await tabTo(app, /^button.* Finalise the report$/);
  await app.keyboard.press('Enter');
  await expect(app.getByText('This report is final.').first()).toBeVisible();
  expect((await backend.services.reports.get(reportId)).status).toBe('final');
  await resetFocusOrder(app);
  await tabTo(app, /^a Export$/);
  await app.keyboard.press('Enter');
  await expect(app.getByRole('heading', { level: 2, name: 'Export', exact: true })).toBeFocused();

  // The final copy for UNESCO, in French while the interface stays in English.
  await resetFocusOrder(app);
  await tabTo(app, /^input\[radio\]/);
  await app.keyboard.press('ArrowDown');
  await expect(app.getByRole('radio', { name: 'Final, for submission' })).toBeChecked();
  await tabTo(app, /^select Language of the report$/);
  const reportLanguage = app.getByLabel('Language of the report');
  for (let press = 0; press < 3 && (await reportLanguage.inputValue()) !== 'fr'; press += 1)
    await app.keyboard.press('ArrowDown');
  await expect(reportLanguage).toHaveValue('fr');
  await tabTo(app, /^button.* Export to Word…$/);
  await app.keyboard.press('Enter');
  await expect(app.getByRole('status').filter({ hasText: /^Saved .*\.docx/ })).toBeVisible({ timeout: 90_000 });
  const saved = backend.exportDialogs.calls[0]?.replace(/^save /, '') ?? '';
  const html = (await mammoth.convertToHtml({ path: `${backend.exportDialogs.folder}/${saved}` })).value;
  expect(html).toContain('Autonomisation individuelle et cohésion sociale');
  expect(html).toContain('Profil de la ville apprenante');
  expect(html).not.toContain('Profile of the learning city');
  await expect(app.locator('html')).toHaveAttribute('lang', 'en-KE');
});
