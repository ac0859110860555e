import { expect, test } from './harness/fixtures';

test.describe('figures and dates in the officer’s language', () => {
  test('a French officer types 841 353 (any of three spaces) and 3,5; they are kept, shown the French way and stored in one form', async ({
    app,
    backend,
  }) => {
    const report = await backend.services.reports.create({
      title: 'Rapport de Garissa 2026',
      county: 'Garissa',
      period: { startMonth: '2024-04', endMonth: '2026-09', dueDate: '2026-12-31' },
    });
    backend.services.settings.update({ interfaceLanguage: 'fr' });
    await app.goto(`${new URL(app.url()).origin}/index.html#/reports/${report.id}/profile`);
    await app.reload();
    const population = app.getByLabel('Population', { exact: true });
    const area = app.getByLabel('Superficie en kilomètres carrés');
    for (const typed of ['841 353', '841\u00a0353', '841\u202f353']) {
      await population.fill(typed);
      await expect(population).not.toHaveAttribute('aria-invalid', 'true');
    }
    await area.fill('44 175,5');
    await area.blur();
    await expect(area).toHaveValue('44\u202f175,5');
    // "841.353" is read as a French reader reads it, 841 353, and shown so.
    await population.fill('841.353');
    await population.blur();
    await expect(population).toHaveValue('841\u202f353');
    // What is no figure is said in French, with French examples.
    await population.fill('environ 841 000');
    await expect(population).toHaveAttribute('aria-invalid', 'true');
    await expect(population).toHaveAccessibleDescription(
      /Saisissez un nombre, comme 1[\s\u202f]200 ou 3,5 \(vous avez écrit «\u00a0environ 841 000\u00a0»\)/,
    );
    await population.fill('841 353');
    await expect(app.getByTestId('save-status')).toHaveText(/^Enregistré /);

    await app
      .getByRole('link', { name: /^1\.1 / })
      .first()
      .click();
    const feature = app.getByRole('region', { name: /^1\.1\.1 / });
    await feature.getByRole('button', { name: 'Ajouter un indicateur' }).click();
    await feature.getByLabel(/^Indicateur, ligne 1$/).fill('Apprenants adultes');
    await feature.getByLabel(/^Valeur actuelle, ligne 1$/).fill('3,5');
    await feature.getByLabel(/^Cible, ligne 1$/).fill('1 200');
    await expect(feature.getByText(/Saisissez un nombre/)).toHaveCount(0);
    await expect(app.getByTestId('save-status')).toHaveText(/^Enregistré /);

    const saved = await backend.services.reports.get(report.id);
    expect(saved.profile.population).toBe('841353');
    expect(saved.profile.areaKm2).toBe('44175.5');
    expect(saved.sections['1.1.1']?.measures[0]).toMatchObject({ current: '3.5', target: '1200' });

    // An English colleague opening the same report reads the same numbers the English way.
    backend.services.settings.update({ interfaceLanguage: 'en' });
    await app.reload();
    await expect(app.getByRole('region', { name: /^1\.1\.1 / }).getByLabel('Current value, row 1')).toHaveValue('3.5');
    await expect(app.getByRole('region', { name: /^1\.1\.1 / }).getByLabel('Target, row 1')).toHaveValue('1,200');
    await app.getByRole('link', { name: /^Profile/ }).click();
    await expect(app.getByLabel('Population')).toHaveValue('841,353');
  });

  test('the due date is written day first, as Kenya writes it, and read back that way', async ({ app, backend }) => {
    const report = await backend.services.reports.create({
      title: 'Kilifi progress report 2026',
      county: 'Kilifi',
      period: { startMonth: '2024-04', endMonth: '2026-09', dueDate: '2026-12-31' },
    });
    await app.goto(`${new URL(app.url()).origin}/index.html#/reports/${report.id}/profile`);
    await app.reload();
    const due = app.getByLabel('Date the report is due');
    await expect(due).toHaveValue('31/12/2026');
    await due.fill('15/01/2027');
    await expect(app.getByTestId('save-status')).toHaveText(/^Saved \d/);
    expect((await backend.services.reports.get(report.id)).period.dueDate).toBe('2027-01-15');
    // The American order is no date here: nothing is saved until it is one.
    await due.fill('01/31/2027');
    await due.blur();
    await expect(due).toHaveValue('01/31/2027');
    expect((await backend.services.reports.get(report.id)).period.dueDate).toBe('2027-01-15');
  });
});
