import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { RipotiApi } from '../../shared/ipc/contract';
import { expect, test } from './harness/fixtures';

/**
 * A .ripoti file opened from the OS (double-click, second launch) reaches the page through the
 * real contract and handlers, and its bytes import as a draft. The OS side (argv, open-file) is
 * Electron's and is covered by the inbox's unit tests.
 */
type Window = { ripoti: RipotiApi };

test('a draft file the OS hands over is taken by the page and imports', async ({ app, backend }) => {
  const exported = await app.evaluate(async () => {
    const api = (window as unknown as Window).ripoti;
    const created = await api.createReport({ title: 'Kilifi 2026', county: 'Kilifi' });
    if (!created.ok) throw new Error(created.error.message);
    const file = await api.exportDraftFile({ reportId: created.value.id });
    if (!file.ok) throw new Error(file.error.message);
    const removed = await api.deleteReport({ id: created.value.id });
    if (!removed.ok) throw new Error(removed.error.message);
    return file.value;
  });
  const filePath = path.join(await mkdtemp(path.join(tmpdir(), 'ripoti-open-')), 'Kilifi 2026.ripoti');
  await writeFile(filePath, Buffer.from(exported.base64, 'base64'));
  expect(backend.services.openFiles.offer(filePath)).toBe(true);

  const outcome = await app.evaluate(async () => {
    const api = (window as unknown as Window).ripoti;
    const pending = await api.takePendingOpenFile();
    if (!pending.ok || !pending.value) return { fileName: null, status: null, again: null };
    const imported = await api.importDraftFile({ base64: pending.value.base64, mode: 'ask' });
    const again = await api.takePendingOpenFile();
    return {
      fileName: pending.value.fileName,
      status: imported.ok ? imported.value.status : imported.error.code,
      again: again.ok ? again.value : 'error',
    };
  });
  expect(outcome).toEqual({ fileName: 'Kilifi 2026.ripoti', status: 'imported', again: null });
  const titles = (await backend.services.reports.list()).map((report) => report.title);
  expect(titles).toContain('Kilifi 2026');
});

test('the page can ask for update status without a network, and it says "not configured" outside the packaged app', async ({
  app,
}) => {
  const status = await app.evaluate(async () => {
    const api = (window as unknown as Window).ripoti;
    const checked = await api.checkForUpdates();
    return checked.ok ? checked.value : null;
  });
  expect(status).toMatchObject({ currentVersion: '0.0.0-test', state: 'not-configured', latestVersion: null });
});

test('a draft file opened from the desktop while a report is open is brought to the list and asks before overwriting', async ({
  app,
  backend,
}) => {
  const report = await backend.services.reports.create({ title: 'Garissa 2026', county: 'Garissa' });
  const file = await backend.services.drafts?.files.exportFile(report.id);
  if (!file) throw new Error('no drafts service');
  const filePath = path.join(await mkdtemp(path.join(tmpdir(), 'ripoti-open-')), file.fileName);
  await writeFile(filePath, file.bytes);
  await app.goto(`${new URL(app.url()).origin}/index.html#/reports/${report.id}/profile`);
  await expect(app.locator('#main-content')).toContainText('Garissa 2026');

  // A second launch with the file focuses the window: that is when the page asks main for it.
  expect(backend.services.openFiles.offer(filePath)).toBe(true);
  await app.evaluate(() => window.dispatchEvent(new Event('focus')));
  const question = app.getByRole('dialog', { name: '"Garissa 2026" is already on this computer' });
  await expect(question).toBeVisible();
  await expect(question).toContainText('The file holds the same report as the one here.');
  await question.getByRole('button', { name: 'Import as a copy' }).click();
  await expect(app).toHaveURL(/#\/reports\/[0-9a-f-]{36}\/profile$/);
  expect(app.url()).not.toContain(report.id);
  expect(
    (await backend.services.reports.list()).filter((summary) => summary.title.startsWith('Garissa 2026')),
  ).toHaveLength(2);
});

test('Settings shows the version and says calmly that this copy has no update server', async ({ app }) => {
  await app.goto(`${new URL(app.url()).origin}/index.html#/settings`);
  const updates = app.getByRole('region', { name: 'Updates' });
  await expect(updates).toContainText('Ripoti version 0.0.0-test');
  await expect(updates.getByRole('status')).toHaveText(
    "Updates are off: this copy of Ripoti has no update server. Your county's IT chooses one when it builds Ripoti.",
  );
  await expect(updates.getByRole('button', { name: 'Check for updates' })).toHaveCount(0);
});
