import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DraftStore } from '../../electron/main/services/drafts/draft-store';
import { runPython } from '../integration/word-import/support/external-tools';
import { solidPng } from '../integration/word-import/support/import-world';
import { minimalDocx } from '../unit/electron/main/services/word-import/support/docx-parts';
import { AxeAudit } from './a11y/axe-audit';
import { resetFocusOrder, tabTo } from './a11y/keyboard';
import { expect, test } from './harness/fixtures';

test('an officer imports last cycle’s Word report by keyboard, changes a mapping, and finds every value after a reload', async ({
  app,
  backend,
}) => {
  test.setTimeout(180_000);
  // Last cycle's report, written by python-docx (not Ripoti): Kiswahili titles on numbered lists, bold field names.
  const photo = path.join(backend.dataDir, 'rabai.png');
  const file = path.join(backend.dataDir, 'kilifi-2022.docx');
  await writeFile(photo, solidPng(64, 48, [20, 120, 30]));
  await runPython('make_report_with_python_docx.py', [file, photo]);

  await expect(app.getByRole('heading', { level: 1, name: 'Your reports' })).toBeFocused();
  await resetFocusOrder(app);
  await tabTo(app, /^input\[file\] Import from Word…$/);
  const chooser = app.waitForEvent('filechooser');
  await app.keyboard.press('Space');
  await (await chooser).setFiles(file);

  // The mapping screen, before anything is written.
  const mapping = app.getByRole('region', { name: 'Import from Word: kilifi-2022.docx' });
  await expect(mapping.getByRole('heading', { name: 'Import from Word: kilifi-2022.docx' })).toBeFocused();
  await expect(mapping.getByText('8 parts found; 3 Key Features receive text.', { exact: false })).toBeVisible();
  const row = (heading: string) =>
    mapping.getByRole('row').filter({ has: app.getByRole('rowheader', { name: new RegExp(`^${heading}`) }) });
  await expect(row('Kila raia anaweza').getByRole('combobox', { name: /^Where “Kila raia/ })).toHaveValue(
    'feature:1.1.1',
  );
  await expect(row('Changamoto').getByRole('cell', { name: 'Field name under a Key Feature' })).toBeVisible();
  await expect(row('Shukrani').getByRole('combobox', { name: 'Where “Shukrani” goes' })).toHaveValue('annex');
  expect(await backend.services.reports.list()).toEqual([]);
  const audit = new AxeAudit();
  await audit.check(app, 'Word import: mapping screen');

  // The acknowledgements go to 3.2.3 (partnerships) rather than the annex: chosen by typing, as in any select.
  await tabTo(app, /^select Where “Shukrani” goes$/);
  await app.keyboard.type('3.2.3');
  await expect(row('Shukrani').getByRole('combobox', { name: 'Where “Shukrani” goes' })).toHaveValue('feature:3.2.3');
  await tabTo(app, /^button\[button\] Import$/);
  await app.keyboard.press('Enter');

  const done = app.getByRole('status').filter({ hasText: 'was created from kilifi-2022.docx' });
  await expect(done).toContainText(
    '“Ripoti ya Mji wa Kujifunza — Kaunti ya Kilifi” was created from kilifi-2022.docx: 4 Key Features, 0 parts kept in the annex, 1 photos.',
  );
  await audit.check(app, 'Word import: done, with undo');
  audit.finish('Import from Word');
  await tabTo(app, /^a Open the new report$/);
  await app.keyboard.press('Enter');
  await expect(app.getByRole('heading', { level: 2, name: 'City profile and reporting period' })).toBeFocused();
  const reportId = new URL(app.url()).hash.split('/')[2] ?? '';

  const checkOnScreen = async () => {
    await app.goto(app.url().replace(/#.*$/, `#/reports/${reportId}/1.1`));
    await expect(app.locator('#field-sections-1-1-1-narrative')).toHaveValue(
      'Vituo 40 vya kisomo cha watu wazima vilifunguliwa.\n\nWanafunzi 1,200 walisajiliwa.',
    );
    await expect(app.locator('#field-sections-1-1-1-challenges')).toHaveValue(
      'Ukame ulifunga vituo vitano.\n- Usafiri\n- Fedha',
    );
    const literacy = app.getByRole('region', { name: /^1\.1\.1 / });
    await expect(literacy.getByLabel('Indicator, row 1')).toHaveValue('Kiwango cha kisomo (%)');
    await expect(literacy.getByLabel('Current value, row 2')).toHaveValue('40');
    await expect(literacy.getByLabel('Caption for item 1')).toHaveValue('Darasa la watu wazima, Rabai');
    await expect(app.locator('#field-sections-1-1-2-narrative')).toHaveValue(
      'Mabaraza ya wadi yalikutana kila robo mwaka.',
    );
    await app.goto(app.url().replace(/#.*$/, `#/reports/${reportId}/3.2`));
    await expect(app.locator('#field-sections-3-2-3-narrative')).toHaveValue('Shukrani\n\nTunawashukuru wadau wote.');
  };
  await checkOnScreen();
  await app.reload();
  await checkOnScreen();

  // On disk: a DraftStore opened afresh on the same folder, as after a restart.
  const stored = await (await DraftStore.open(backend.dataDir)).get(reportId);
  expect(stored).toMatchObject({
    language: 'sw',
    importedFrom: { fileName: 'kilifi-2022.docx' },
    period: { startMonth: '2024-04', endMonth: '2026-09' },
  });
  expect(stored.sections['1.1.1']).toMatchObject({
    status: 'in-progress',
    narrative: 'Vituo 40 vya kisomo cha watu wazima vilifunguliwa.\n\nWanafunzi 1,200 walisajiliwa.',
    challenges: 'Ukame ulifunga vituo vitano.\n- Usafiri\n- Fedha',
  });
  expect(stored.sections['2.1.3']).toMatchObject({
    narrative: 'Vyuo vya ufundi vilipokea wanafunzi 800.',
    nextSteps: 'Kujenga vyuo viwili vipya.',
  });
  expect(stored.sections['3.2.3']?.narrative).toBe('Shukrani\n\nTunawashukuru wadau wote.');
  expect(stored.annex ?? []).toEqual([]);
  expect(Object.values(stored.attachments)).toHaveLength(1);
});

test('a hostile or broken file is refused in the officer’s language, and nothing is created', async ({
  app,
  backend,
}) => {
  backend.services.settings.update({ interfaceLanguage: 'fr' });
  await app.reload();
  const file = path.join(backend.dataDir, 'rapport.docx');
  await writeFile(file, 'PK\u0003\u0004 cut short');
  await app.getByLabel('Importer depuis Word…').setInputFiles(file);
  const alert = app.getByRole('alert');
  await expect(alert).toContainText(
    'rapport.docx n’a pas été importé : Le fichier est endommagé. (The file is cut short',
  );
  const bomb = path.join(backend.dataDir, 'entities.docx');
  await writeFile(
    bomb,
    minimalDocx('', {
      'word/document.xml':
        '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaa">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>',
    }),
  );
  await app.getByLabel('Importer depuis Word…').setInputFiles(bomb);
  await expect(alert).toContainText(
    'entities.docx n’a pas été importé : Le fichier contient du code que Word n’écrit jamais.',
  );
  expect(await backend.services.reports.list()).toEqual([]);
});
