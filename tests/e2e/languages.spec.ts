import { expect, test } from './harness/fixtures';

const period = { startMonth: '2024-04', endMonth: '2026-09', dueDate: '2026-12-31' };

test('the interface language chosen in Settings is remembered at the next start, with dates and numbers in that language', async ({
  app,
  backend,
}) => {
  await backend.services.reports.create({ title: 'Kilifi progress report 2026', county: 'Kilifi', period });
  await app.reload();
  await expect(app.getByRole('table')).toContainText('April 2024 – September 2026');

  await app.getByRole('link', { name: 'Settings' }).click();
  await app.getByLabel('Language of the interface').selectOption('sw');
  await expect(app.getByRole('status').filter({ hasText: 'Mipangilio imehifadhiwa.' })).toBeVisible();

  // A restart: the page loads afresh and reads the remembered setting before its first paint.
  await app.goto(`${new URL(app.url()).origin}/index.html`);
  await expect(app.getByRole('heading', { level: 1, name: 'Ripoti zako' })).toBeFocused();
  await expect(app.locator('html')).toHaveAttribute('lang', 'sw-KE');
  await expect(app.getByRole('link', { name: 'Ruka hadi maudhui makuu' })).toBeAttached();
  const row = app.getByRole('row', { name: /Kilifi progress report 2026/ });
  await expect(row).toContainText('Aprili 2024 – Septemba 2026');
  await expect(row).toContainText(/\d%/);

  await app.getByRole('link', { name: 'Mipangilio' }).click();
  await app.getByLabel('Lugha ya kiolesura').selectOption('fr');
  await app.getByRole('link', { name: 'Rapports' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Vos rapports' })).toBeVisible();
  await expect(app.getByRole('row', { name: /Kilifi progress report 2026/ })).toContainText(
    'avril 2024 – septembre 2026',
  );
  await expect(app.getByRole('row', { name: /Kilifi progress report 2026/ })).toContainText(/\d\s%/);
  expect(backend.services.settings.get().interfaceLanguage).toBe('fr');
});

test('a refused draft file reads wholly in Kiswahili', async ({ app, backend }) => {
  backend.services.settings.update({ interfaceLanguage: 'sw' });
  await app.reload();
  await app.getByLabel('Leta faili la rasimu (.ripoti)').setInputFiles({
    name: 'kilifi.ripoti',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from('not a draft file'),
  });
  await expect(app.getByRole('alert')).toHaveText('Haijaletwa: Hili si faili la rasimu ya Ripoti.');
});

test('in Kiswahili no control speaks the browser’s English: paper sizes, file pickers and the server address check', async ({
  app,
  backend,
}) => {
  const report = await backend.services.reports.create({ title: 'Ripoti ya Kilifi 2026', county: 'Kilifi' });
  backend.services.settings.update({ interfaceLanguage: 'sw' });
  await app.goto(`${new URL(app.url()).origin}/index.html#/reports/${report.id}/export`);
  await app.reload();
  const paper = app.getByLabel('Ukubwa wa karatasi');
  await expect(paper.locator('option')).toHaveText(['A4', 'Barua ya Marekani (inchi 8.5 × 11)']);

  await app
    .getByRole('link', { name: /^1\.1 / })
    .first()
    .click();
  await expect(
    app.getByRole('region', { name: /^1\.1\.1 / }).getByRole('button', { name: 'Ongeza picha' }),
  ).toBeVisible();
  await expect(app.getByText('Choose File')).toHaveCount(0);

  await app.getByRole('link', { name: 'Sawazisha', exact: true }).click();
  const server = app.getByLabel('Anwani ya seva (pamoja na hifadhidata ya kaunti)');
  await server.fill('couch.kilifi.go.ke/ripoti-kilifi');
  await app.getByRole('button', { name: 'Hifadhi muunganisho' }).click();
  // Our own words, linked to the field: the browser's check ("Please enter a URL.", in English)
  // would have stopped the form before our code ran and shown nothing of ours.
  await expect(server).toHaveAccessibleDescription(/^Andika anwani ya seva ikiwa na https:\/\//);
  expect(backend.services.settings.get().syncServerUrl).toBe('');
  await server.fill('https://couch.kilifi.go.ke/ripoti-kilifi');
  await app.getByRole('button', { name: 'Hifadhi muunganisho' }).click();
  await expect
    .poll(() => backend.services.settings.get().syncServerUrl)
    .toBe('https://couch.kilifi.go.ke/ripoti-kilifi');
});
