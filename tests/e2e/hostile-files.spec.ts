import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { sha256 } from '../../electron/main/services/drafts/durable-file';
import en from '../../renderer/src/i18n/locales/en.json' with { type: 'json' };
import fr from '../../renderer/src/i18n/locales/fr.json' with { type: 'json' };
import sw from '../../renderer/src/i18n/locales/sw.json' with { type: 'json' };
import { bombPng, jpegImage, lyingPng } from '../integration/hostile-files/support/hostile-images';
import { bodyOf, ripotiWith, withRecomputedChecksum } from '../integration/hostile-files/support/ripoti-builders';
import { expect, test } from './harness/fixtures';

/**
 * Issue 15 as the officer meets it: a hostile draft file or photo arrives, the officer is told
 * plainly, in the interface's language, which photo or file was refused and why, and Ripoti
 * goes on working (the next good file imports, the next good photo attaches, nothing half-done
 * is left behind).
 */
const asFile = (name: string, buffer: Buffer, mimeType = 'application/octet-stream') => ({ name, mimeType, buffer });

test('a .ripoti carrying a 16000² PNG bomb is refused in French, naming the photo, and the next file imports', async ({
  app,
  backend,
}) => {
  backend.services.settings.update({ interfaceLanguage: 'fr' });
  await app.reload();
  const importer = app.getByLabel(fr.drafts.import.label);
  const bomb = ripotiWith([{ name: 'Mkutano wa jamii.png', bytes: bombPng(16_000, 16_000) }], 'Rapport piégé');
  await importer.setInputFiles(asFile('piege.ripoti', bomb));
  const alert = app.getByRole('alert');
  await expect(alert).toHaveText(
    'Non importé : « Mkutano wa jamii.png » compte trop de pixels : les photos de 24 millions de pixels au plus sont acceptées. Réduisez la photo puis réessayez.',
  );
  expect((await backend.services.reports.list()).map((report) => report.title)).not.toContain('Rapport piégé');

  const good = ripotiWith(
    [{ name: 'Atelier.jpg', bytes: jpegImage(640, 480), mediaType: 'image/jpeg' }],
    'Kilifi, rapport sain',
  );
  await importer.setInputFiles(asFile('kilifi.ripoti', good));
  await expect(app).toHaveURL(/#\/reports\/[0-9a-f-]{36}\//);
  expect((await backend.services.reports.list()).map((report) => report.title)).toContain('Kilifi, rapport sain');
});

test('the 68-byte PNG is refused in Kiswahili when attached, the app keeps working, and only the good photo is kept', async ({
  app,
  backend,
}) => {
  backend.services.settings.update({ interfaceLanguage: 'sw' });
  const report = await backend.services.reports.create({ title: 'Garissa' });
  await app.goto(`${app.url().split('#')[0] ?? ''}#/reports/${report.id}/1.1`);
  await app.reload();
  const feature = app.getByRole('region', { name: /^1\.1\.1 / });
  const picker = feature.getByLabel(sw.drafts.evidence.add);

  await picker.setInputFiles(asFile('Mkutano.png', lyingPng(100_000_000, 100_000_000), 'image/png'));
  await expect(feature.getByRole('alert')).toHaveText(
    'Mkutano.png haikuongezwa: “Mkutano.png” ina pikseli nyingi mno: picha zenye hadi pikseli milioni 24 ndizo zinazoweza kutumika. Punguza ukubwa wa picha kisha ujaribu tena.',
  );

  const festival = jpegImage(2000, 1000);
  await picker.setInputFiles(asFile('Tamasha.jpg', festival, 'image/jpeg'));
  await expect(feature.getByRole('img', { name: sw.drafts.evidence.previewAlt })).toBeVisible();
  await expect(feature.getByRole('alert')).toHaveCount(0);
  await expect(app.getByTestId('save-status')).toHaveText(/^\S.*\d/);

  await app.reload();
  await expect(
    app.getByRole('region', { name: /^1\.1\.1 / }).getByRole('img', { name: sw.drafts.evidence.previewAlt }),
  ).toBeVisible();
  const stored = await backend.services.reports.get(report.id);
  expect(Object.values(stored.attachments)).toEqual([
    expect.objectContaining({ fileName: 'Tamasha.jpg', width: 1600, height: 800 }),
  ]);
  expect((await readdir(path.join(backend.dataDir, 'attachments'))).sort()).toEqual(
    [sha256(festival), `${sha256(festival)}.report`].sort(),
  );
});

test('a .ripoti whose body was edited to carry {"length":1e9} and a CR/LF media type is refused plainly in English', async ({
  app,
  backend,
}) => {
  const importer = app.getByLabel(en.drafts.import.label);
  const photo = jpegImage(40, 30);
  const body = bodyOf(ripotiWith([{ name: 'class.jpg', bytes: photo, mediaType: 'image/jpeg' }], 'Edited by hand'));
  await importer.setInputFiles(
    asFile(
      'edited.ripoti',
      withRecomputedChecksum(
        body.replace(/"attachments":\{"([a-f0-9]{64})":"[^"]*"\}\}$/, '"attachments":{"$1":{"length":1e9}}}'),
      ),
    ),
  );
  await expect(app.getByRole('alert')).toContainText(
    'Not imported: This is not a usable Ripoti draft file: it is not in the form Ripoti writes',
  );
  await importer.setInputFiles(
    asFile('crlf.ripoti', withRecomputedChecksum(body.replace('"image/jpeg"', '"image/jpeg\\r\\nX-Injected: 1"'))),
  );
  await expect(app.getByRole('alert')).toHaveText(
    'Not imported: This is not a usable Ripoti draft file: an attachment the report lists is not described correctly. Ask for a fresh copy; nothing was imported.',
  );
  expect(await backend.services.reports.list()).toEqual([]);
});
