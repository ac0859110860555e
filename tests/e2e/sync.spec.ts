import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './harness/fixtures';
import { startCouchServer, type CouchServer } from '../integration/sync/support/couch-server';
import { createDevice } from '../integration/sync/support/sync-device';

const DATABASE = 'ripoti-kilifi';
let server: CouchServer;

test.beforeEach(async () => {
  server = await startCouchServer();
  await server.addUser('amina', 'amina-pass', [DATABASE]);
  await server.addUser('baraka', 'baraka-pass', [DATABASE]);
  await server.createCountyDatabase(DATABASE);
});
test.afterEach(async () => server.close());

test('an officer syncs, sees a colleague’s edit of the same field as a conflict, and resolves it with a merged text', async ({
  app,
  backend,
}) => {
  const report = await backend.services.reports.create({ title: 'Kilifi progress report 2026', county: 'Kilifi' });
  const url = `${server.origin}/${DATABASE}`;
  await app.goto(`${new URL(app.url()).origin}/index.html#/reports/${report.id}/sync`);
  await expect(app.getByRole('heading', { name: 'Sync with the county server' })).toBeVisible();
  await expect(app.getByTestId('sync-status')).toHaveText(/changes waiting/);

  // Wrong password first: a clear refusal, nothing sent.
  await app.getByLabel('Server address (with the county database)').fill(url);
  await app.getByLabel('User name').fill('amina');
  await app.getByLabel('Password').fill('wrong-pass');
  await app.getByRole('button', { name: 'Save connection' }).click();
  // The test services have no keyring: the page says the password lasts until Ripoti closes.
  await expect(
    app.getByText('A password is kept until Ripoti closes (this computer has no keyring to keep it longer).'),
  ).toBeVisible();
  await app.getByRole('button', { name: 'Sync now' }).click();
  await expect(app.getByTestId('sync-status')).toContainText('Server refused: the user name or password is wrong');

  await app.getByLabel('Password').fill('amina-pass');
  await app.getByRole('button', { name: 'Save connection' }).click();
  await app.getByRole('button', { name: 'Sync now' }).click();
  await expect(app.getByTestId('sync-status')).toHaveText(/^Synced \d{1,2}:\d{2}/);

  // Baraka takes the report, rewrites the 1.1.1 narrative and syncs; Amina writes the same field here.
  const baraka = await createDevice(url, 'baraka', 'baraka-pass');
  await baraka.syncOrThrow(report.id);
  const theirs = await baraka.repository.get(report.id);
  const theirSection = theirs.sections['1.1.1'];
  if (!theirSection) throw new Error('no section 1.1.1');
  await baraka.repository.updateSection(
    report.id,
    '1.1.1',
    { ...theirSection, narrative: 'Seven community learning centres opened in 2025.' },
    new Date().toISOString(),
  );
  await baraka.syncOrThrow(report.id);
  const mine = await backend.services.reports.get(report.id);
  await backend.services.drafts?.store.updateSection(
    report.id,
    '1.1.1',
    { ...(mine.sections['1.1.1'] ?? theirSection), narrative: 'Six community learning centres opened in 2025.' },
    new Date().toISOString(),
  );
  await app.reload();
  await expect(app.getByTestId('sync-status')).toHaveText(/1 change waiting/);

  await app.getByRole('button', { name: 'Sync now' }).click();
  const conflict = app.getByTestId('sync-conflict');
  await expect(conflict).toHaveCount(1);
  await expect(app.getByTestId('sync-status')).toContainText('1 conflict to resolve');
  await expect(app.getByRole('region', { name: /^1\.1\.1 / })).toBeVisible();
  await expect(conflict.getByRole('region', { name: 'Mine (this computer)' })).toContainText(
    'Six community learning centres opened in 2025.',
  );
  await expect(conflict.getByRole('region', { name: 'Theirs (server)' }).locator('ins')).toHaveText(
    'Seven community learning centres opened in 2025.',
  );
  await expect(conflict.getByRole('region', { name: 'Before (last sync)' }).locator('p')).toHaveText('(empty)');
  // Nothing overwritten: the server still has Baraka's text, this computer Amina's.
  expect((await backend.services.reports.get(report.id)).sections['1.1.1']?.narrative).toBe(
    'Six community learning centres opened in 2025.',
  );
  expect(await backend.services.sync.hasUnresolvedConflicts(report.id)).toBe(true);
  expect(
    await new AxeBuilder({ page: app })
      .include('.sync-step')
      .analyze()
      .then((result) => result.violations),
  ).toEqual([]);

  // Export warns while the conflict is open, and leads back to the Sync step.
  await app.goto(`${new URL(app.url()).origin}/index.html#/reports/${report.id}/export`);
  await expect(app.getByRole('note')).toContainText('1 sync conflict is not resolved yet');
  expect(
    await new AxeBuilder({ page: app })
      .include('.export-step')
      .analyze()
      .then((result) => result.violations),
  ).toEqual([]);
  await app.getByRole('link', { name: 'Resolve them in the Sync step' }).click();
  await expect(app.getByTestId('sync-conflict')).toHaveCount(1);

  await conflict.getByRole('button', { name: 'Write a merged text' }).click();
  await conflict.getByLabel('Merged text').fill('Six centres opened in 2025, a seventh in December.');
  await conflict.getByRole('button', { name: 'Keep merged text' }).click();
  await expect(app.getByTestId('sync-conflict')).toHaveCount(0);
  await app.getByRole('button', { name: 'Sync now' }).click();
  await expect(app.getByTestId('sync-status')).toHaveText(/^Synced \d{1,2}:\d{2}/);
  await app.goto(`${new URL(app.url()).origin}/index.html#/reports/${report.id}/export`);
  await expect(app.getByRole('heading', { name: 'Export to Word' })).toBeVisible();
  await expect(app.getByRole('note')).toHaveCount(0);

  // Every edit is on the server: Baraka receives the merged text.
  await baraka.syncOrThrow(report.id);
  expect((await baraka.repository.get(report.id)).sections['1.1.1']?.narrative).toBe(
    'Six centres opened in 2025, a seventh in December.',
  );
  await baraka.dispose();
});

test('a server that cannot be reached: told within 10 seconds that the work is safe, the counts agree, and no old message stays', async ({
  app,
  backend,
}) => {
  test.setTimeout(60_000);
  const { startBlackhole } = await import('../integration/sync/support/blackhole');
  const blackhole = await startBlackhole();
  const report = await backend.services.reports.create({ title: 'Kilifi progress report 2026', county: 'Kilifi' });
  const waiting = Object.keys(report.sections).length + 1;
  await app.goto(`${new URL(app.url()).origin}/index.html#/reports/${report.id}/sync`);
  await expect(app.getByTestId('sync-status')).toHaveText(`${waiting} changes waiting`);
  await app.getByRole('button', { name: 'Sync now' }).click();
  await expect(app.getByTestId('sync-status')).toContainText(
    'Type the sync server address and your user name on this Sync page first, then press "Save connection".',
  );

  // A refusal first, so that there is an old message to hide.
  await app.getByLabel('Server address (with the county database)').fill(`${server.origin}/${DATABASE}`);
  await app.getByLabel('User name').fill('amina');
  await app.getByLabel('Password').fill('wrong-pass');
  await app.getByRole('button', { name: 'Save connection' }).click();
  await app.getByRole('button', { name: 'Sync now' }).click();
  await expect(app.getByTestId('sync-status')).toContainText('Server refused: the user name or password is wrong');

  await app.getByLabel('Server address (with the county database)').fill(`${blackhole.origin}/${DATABASE}`);
  await app.getByLabel('Password').fill('amina-pass');
  await app.getByRole('button', { name: 'Save connection' }).click();
  const started = Date.now();
  await app.getByRole('button', { name: 'Sync now' }).click();
  // While it tries: the same count on the bar and in the status line, and no old refusal.
  await expect(app.locator('label[for="sync-progress"]')).toHaveText('Fetching colleagues’ changes…');
  await expect(app.locator('progress#sync-progress')).toHaveAttribute('max', String(waiting));
  await expect(app.getByTestId('sync-status')).toHaveText(`Syncing… · ${waiting} changes waiting`);
  // 10 s of connect limit, plus the page's 250 ms polling and a loaded machine's slack.
  await expect(app.getByTestId('sync-status')).toContainText(
    'Your work is safe on this computer; Ripoti will try again in the background.',
    { timeout: 12_000 },
  );
  expect(Date.now() - started).toBeLessThan(12_000);
  await expect(app.getByTestId('sync-status')).toContainText(/Cannot reach the sync server 127\.0\.0\.1:\d+\./);
  await expect(app.getByTestId('sync-status')).toContainText(/Ripoti tries again by itself at \d{1,2}:\d{2}/);
  await expect(app.getByTestId('sync-status')).toContainText(`${waiting} changes waiting`);
  expect(
    await new AxeBuilder({ page: app })
      .include('.sync-step')
      .analyze()
      .then((result) => result.violations),
  ).toEqual([]);

  // The county server is reachable again (the right address): syncing now sends everything.
  // (The password is kept per address: the one typed here earlier was the wrong one.)
  await app.getByLabel('Server address (with the county database)').fill(`${server.origin}/${DATABASE}`);
  await app.getByLabel('Password').fill('amina-pass');
  await app.getByRole('button', { name: 'Save connection' }).click();
  await app.getByRole('button', { name: 'Sync now' }).click();
  await expect(app.getByTestId('sync-status')).toHaveText(/^Synced \d{1,2}:\d{2}/);
  blackhole.close();
});

test('a section another program wrote in a shape Ripoti refuses is named, and the rest of the report syncs', async ({
  app,
  backend,
}) => {
  const report = await backend.services.reports.create({ title: 'Kilifi progress report 2026', county: 'Kilifi' });
  await app.goto(`${new URL(app.url()).origin}/index.html#/reports/${report.id}/sync`);
  await app.getByLabel('Server address (with the county database)').fill(`${server.origin}/${DATABASE}`);
  await app.getByLabel('User name').fill('amina');
  await app.getByLabel('Password').fill('amina-pass');
  await app.getByRole('button', { name: 'Save connection' }).click();
  await app.getByRole('button', { name: 'Sync now' }).click();
  await expect(app.getByTestId('sync-status')).toHaveText(/^Synced /);

  // A database without the current rules: another program replaces section 1.1.2 with one lacking updatedAt.
  const served = server.database(DATABASE);
  const id = `report:${report.id}:1.1.2`;
  const current = await served.get(id);
  const { updatedAt: _dropped, ...section } = current['section'] as Record<string, unknown>;
  await served.put({ ...current, section: { ...section, narrative: 'Written by a script.' } });
  const mine = await backend.services.reports.get(report.id);
  await backend.services.drafts?.store.updateSection(
    report.id,
    '1.1.1',
    { ...(mine.sections['1.1.1'] ?? section), narrative: 'Typed in Ripoti.' } as never,
    new Date().toISOString(),
  );
  await app.reload();
  await app.getByRole('button', { name: 'Sync now' }).click();
  const skipped = app.getByRole('region', { name: 'Skipped on the server' });
  await expect(skipped).toContainText(
    'Another program wrote these parts on the county server in a form Ripoti does not accept.',
  );
  await expect(skipped.getByRole('listitem')).toHaveText(
    /^Section 1\.1\.2: section\.updatedAt: .+\. Your changes to it wait on this computer until the server’s copy is repaired\.$/,
  );
  await expect(app.getByTestId('sync-status')).toHaveText(/^Synced /);
  expect(await server.getDoc(DATABASE, `report:${report.id}:1.1.1`)).toMatchObject({
    section: { narrative: 'Typed in Ripoti.' },
  });
  expect(
    await new AxeBuilder({ page: app })
      .include('.sync-step')
      .analyze()
      .then((result) => result.violations),
  ).toEqual([]);
});
