import type { Browser, Page } from '@playwright/test';
import jpeg from 'jpeg-js';
import { open, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Services } from '../../electron/main/services/create-services';
import { connectBridge } from './harness/connect-bridge';
import { expect, test } from './harness/fixtures';
import { createTestServices } from './harness/test-services';
import { mountTmpfs } from '../integration/drafts/tmpfs';

/** Writes until the kernel answers ENOSPC: a real full disk. */
async function fillDisk(file: string): Promise<void> {
  const handle = await open(file, 'w');
  try {
    for (;;) await handle.write(Buffer.alloc(4096, 1));
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'ENOSPC')) throw error;
  } finally {
    await handle.close();
  }
}

/** Opens the built renderer in a fresh browser context against the given services, like a restarted app. */
async function openApp(browser: Browser, rendererUrl: string, services: Services, hash = ''): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await connectBridge(page, services, rendererUrl);
  await page.goto(`${rendererUrl}/index.html${hash}`);
  return page;
}

async function waitUntilSaved(page: Page) {
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved \d/);
}

async function newReportWithNarrative(app: Page, text: string): Promise<string> {
  await app.getByRole('button', { name: 'New report' }).click();
  await app.getByRole('link', { name: /^1\.1 Individual empowerment/ }).click();
  await app.locator('#field-sections-1-1-1-narrative').fill(text);
  await waitUntilSaved(app);
  const reportId = /#\/reports\/([^/]+)/.exec(app.url())?.[1];
  if (!reportId) throw new Error(`no report id in ${app.url()}`);
  return reportId;
}

test.describe('durable drafts', () => {
  test('keeps typed text after the window is killed and the app restarts on the same folder', async ({
    app,
    backend,
    browser,
    renderer,
  }) => {
    const reportId = await newReportWithNarrative(app, 'Literacy classes in twelve wards');
    await app.locator('#field-sections-1-1-1-narrative').pressSequentially(' and two prisons', { delay: 20 });
    await waitUntilSaved(app);
    // "Crash": the page goes away with no beforeunload, no flush, no goodbye.
    await app.close({ runBeforeUnload: false });

    // A new DraftStore on the same folder: only what reached the disk can come back.
    const restarted = await createTestServices({ dataDir: backend.dataDir });
    const reopened = await openApp(browser, renderer.url, restarted.services, `#/reports/${reportId}/1.1`);
    await expect(reopened.locator('#field-sections-1-1-1-narrative')).toHaveValue(
      'Literacy classes in twelve wards and two prisons',
    );
  });

  test('saves a version, restores it, and can undo the restore', async ({ app }) => {
    const reportId = await newReportWithNarrative(app, 'First wording');
    await app.getByRole('link', { name: 'History' }).click();
    await app.getByRole('button', { name: 'Save a version now' }).click();
    await expect(app.getByRole('status').filter({ hasText: 'Version saved.' })).toBeVisible();
    await app.getByRole('link', { name: /^1\.1 Individual empowerment/ }).click();
    await app.locator('#field-sections-1-1-1-narrative').fill('Second wording');
    await waitUntilSaved(app);
    await app.getByRole('link', { name: 'History' }).click();
    const rows = app.getByRole('table', { name: 'Saved versions, newest first' }).getByRole('row');
    await expect(rows).toHaveCount(2);
    await rows
      .nth(1)
      .getByRole('button', { name: /^Restore the version of/ })
      .click();
    await expect(app.getByText(/is back\. The state before it is in History\./)).toBeVisible();
    // The step is redrawn with the restored report (its list now shows the "before" version);
    // the confirmation must outlive that redraw.
    await expect(app.getByRole('cell', { name: 'Before a restore' })).toBeVisible();
    await expect(
      app.getByRole('status').filter({ hasText: /is back\. The state before it is in History\./ }),
    ).toBeVisible();
    await app.goto(app.url().replace(/\/history$/, '/1.1'));
    await expect(app.locator('#field-sections-1-1-1-narrative')).toHaveValue('First wording');
    await app.getByRole('link', { name: 'History' }).click();
    await expect(app.getByRole('cell', { name: 'Before a restore' })).toBeVisible();
    expect(reportId).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('imports a .ripoti file from the Reports list, asks before overwriting, and refuses a tampered one', async ({
    app,
    backend,
  }) => {
    const drafts = backend.services.drafts;
    if (!drafts) throw new Error('the E2E backend must use the durable drafts');
    const elsewhere = await createTestServices();
    const report = await elsewhere.services.reports.create({ title: 'Garissa from a flash drive' });
    const { bytes } = (await elsewhere.services.drafts?.files.exportFile(report.id)) ?? { bytes: Buffer.alloc(0) };
    const file = { name: 'garissa.ripoti', mimeType: 'application/octet-stream', buffer: bytes };

    await app.getByLabel('Import a draft file (.ripoti)').setInputFiles(file);
    await expect(app).toHaveURL(new RegExp(`#/reports/${report.id}/`));
    await app.goto(app.url().replace(/#.*$/, '#/reports'));
    await app.getByLabel('Import a draft file (.ripoti)').setInputFiles(file);
    await expect(
      app.getByRole('dialog', { name: '"Garissa from a flash drive" is already on this computer' }),
    ).toBeVisible();
    await app.getByRole('button', { name: 'Import as a copy' }).click();
    await expect(app).toHaveURL(/#\/reports\/[0-9a-f-]{36}\/profile/);
    expect((await drafts.store.list()).map((summary) => summary.title).sort()).toEqual([
      'Garissa from a flash drive',
      'Garissa from a flash drive (copy)',
    ]);

    await app.goto(app.url().replace(/#.*$/, '#/reports'));
    const tampered = Buffer.from(bytes.toString('utf8').replace('Garissa', 'Garrisa'));
    await app.getByLabel('Import a draft file (.ripoti)').setInputFiles({ ...file, buffer: tampered });
    await expect(app.getByRole('alert').filter({ hasText: /checksum does not match/ })).toBeVisible();
    await elsewhere.dispose();
  });

  test('attaches a photo with a caption to a section and keeps it', async ({ app, backend }) => {
    const reportId = await newReportWithNarrative(app, 'Photo of the learning festival below');
    const width = 2000;
    const height = 1000;
    const photo = jpeg.encode({ width, height, data: Buffer.alloc(width * height * 4, 180) }, 70).data;
    const feature = app.getByRole('region', { name: /^1\.1\.1 / });
    await feature
      .getByLabel('Add photos', { exact: true })
      .setInputFiles({ name: 'festival.jpg', mimeType: 'image/jpeg', buffer: photo });
    await expect(feature.getByRole('img', { name: 'Preview of the photo' })).toBeVisible();
    await feature.getByLabel('Caption for item 1').fill('Learning festival, Garissa town');
    await waitUntilSaved(app);
    const report = await backend.services.reports.get(reportId);
    const [attachment] = Object.values(report.attachments);
    expect(attachment).toMatchObject({ fileName: 'festival.jpg', width: 1600, height: 800 });
    expect(report.sections['1.1.1']?.evidence).toEqual([
      { attachmentId: attachment?.id, caption: 'Learning festival, Garissa town' },
    ]);

    await feature
      .getByLabel('Add photos', { exact: true })
      .setInputFiles({ name: 'broken.jpg', mimeType: 'image/jpeg', buffer: photo.subarray(0, 300) });
    await expect(feature.getByRole('alert')).toContainText(
      'broken.jpg was not added: "broken.jpg" cannot be used as a photo: the file is cut short.',
    );
  });

  test('tells the officer in plain words when a damaged draft was set aside at start-up', async ({
    backend,
    browser,
    renderer,
  }) => {
    const report = await backend.services.reports.create({ title: 'Will be damaged' });
    await writeFile(path.join(backend.dataDir, 'drafts', report.id, 'report.json'), '{"appliedSeq":1,"rep');
    const restarted = await createTestServices({ dataDir: backend.dataDir });
    const page = await openApp(browser, renderer.url, restarted.services);
    await expect(page.getByRole('alert')).toContainText('could not be opened and had no good earlier version');
    await expect(page.getByRole('alert')).toContainText('nothing was deleted');
  });

  test('shows "disk full" in the save status, keeps the text on screen, and saves once space returns', async ({
    browser,
    renderer,
  }) => {
    const mounted = mountTmpfs('1m');
    test.skip(!mounted.ok, mounted.ok ? '' : mounted.reason);
    if (!mounted.ok) return;
    try {
      const dataDir = path.join(mounted.fs.dir, 'data');
      const backend = await createTestServices({ dataDir });
      const page = await openApp(browser, renderer.url, backend.services);
      const reportId = await newReportWithNarrative(page, 'Saved before the disk filled');
      const filler = path.join(mounted.fs.dir, 'filler.bin');
      await fillDisk(filler);
      const longText = 'Community learning centres opened in every ward. '.repeat(400);
      await page.locator('#field-sections-1-1-1-narrative').fill(longText);
      await expect(page.getByTestId('save-status')).toHaveText(/^Not saved: .*disk is full/);
      await expect(page.locator('#field-sections-1-1-1-narrative')).toHaveValue(longText);
      expect((await backend.services.reports.get(reportId)).sections['1.1.1']?.narrative).toBe(
        'Saved before the disk filled',
      );

      await rm(filler);
      await expect(page.getByTestId('save-status')).toHaveText(/^Saved \d/, { timeout: 45_000 });
      const restarted = await createTestServices({ dataDir });
      expect((await restarted.services.reports.get(reportId)).sections['1.1.1']?.narrative).toBe(longText);
      await page.close();
    } finally {
      mounted.fs.unmount();
    }
  });
});
