import { expect, test } from './harness/fixtures';
import { startCouchServer, type CouchServer } from '../integration/sync/support/couch-server';
import { startFaultProxy, type FaultProxy } from '../integration/sync/support/fault-proxy';

/**
 * Main pushes a job's steps to the window as codes; the window words them in the officer's
 * language. A county server slowed down on purpose (requests held by a proxy on loopback) keeps
 * each step on screen long enough to read it.
 */
const DATABASE = 'ripoti-kilifi';
let server: CouchServer;
let proxy: FaultProxy;
/** Gates still closed when a test ends are opened, so the proxy can close its held connections. */
const gates: (() => void)[] = [];

test.beforeEach(async () => {
  server = await startCouchServer();
  await server.addUser('amina', 'amina-pass', [DATABASE]);
  await server.createCountyDatabase(DATABASE);
  proxy = await startFaultProxy(server.origin);
});
test.afterEach(async () => {
  for (const open of gates.splice(0)) open();
  await proxy.close();
  await server.close();
});

/** A gate the test opens when it has seen what it wanted on screen. */
function gate(): { readonly until: Promise<void>; open: () => void } {
  let open = (): void => undefined;
  const until = new Promise<void>((resolve) => (open = resolve));
  gates.push(open);
  return { until, open };
}

test('a slow sync shows each of its steps in Kiswahili, then the result', async ({ app, backend }) => {
  const { services } = backend;
  const report = await services.reports.create({ title: 'Ripoti ya Kilifi 2026', county: 'Kilifi' });
  services.settings.update({
    interfaceLanguage: 'sw',
    syncServerUrl: `${proxy.origin}/${DATABASE}`,
    syncUsername: 'amina',
  });
  await services.sync.rememberPassword('amina-pass');
  const changes = gate();
  const firstWrite = gate();
  proxy.plan = ({ method, url }) => {
    if (url.includes('/_changes')) return { kind: 'hold', until: changes.until };
    // The report's documents go in one POST to _bulk_docs (photos would be PUT): held, so the
    // "sending" step stays on screen until the test has read it, however loaded the machine.
    const writes =
      (method === 'POST' && url.includes('/_bulk_docs')) || (method === 'PUT' && url.includes(`/${DATABASE}/`));
    if (writes) return { kind: 'hold', until: firstWrite.until };
    return { kind: 'pass' };
  };
  // The interface language is read when the window starts: open it afresh.
  await app.goto(`${new URL(app.url()).origin}/index.html#/reports/${report.id}/sync`);
  await app.reload();
  await app.getByRole('button', { name: 'Sawazisha sasa' }).click();

  const step = app.locator('label[for="sync-progress"]');
  await expect(step).toHaveText('Inaleta mabadiliko ya wenzako…');
  changes.open();
  await expect(step).toHaveText(/^Inatuma mabadiliko yako: 0 kati ya \d+…$/);
  const total = Number(/kati ya (\d+)/.exec((await step.textContent()) ?? '')?.[1]);
  await expect(app.locator('progress#sync-progress')).toHaveAttribute('max', String(total));
  firstWrite.open();
  await expect(app.getByTestId('sync-status')).toHaveText(/^Imesawazishwa \d{1,2}:\d{2}/);
  await expect(step).toHaveCount(0);
});

test('an event that breaks the contract never reaches the screen', async ({ app, backend }) => {
  const { services } = backend;
  const report = await services.reports.create({ title: 'Kilifi 2026', county: 'Kilifi' });
  services.settings.update({ syncServerUrl: `${proxy.origin}/${DATABASE}`, syncUsername: 'amina' });
  await services.sync.rememberPassword('amina-pass');
  const changes = gate();
  proxy.plan = ({ url }) => (url.includes('/_changes') ? { kind: 'hold', until: changes.until } : { kind: 'pass' });
  const dropped: string[] = [];
  app.on('console', (message) => {
    if (message.type() === 'error') dropped.push(message.text());
  });
  await app.goto(`${new URL(app.url()).origin}/index.html#/reports/${report.id}/sync`);
  await app.getByRole('button', { name: 'Sync now' }).click();
  const step = app.locator('label[for="sync-progress"]');
  await expect(step).toHaveText('Fetching colleagues’ changes…');

  // Something other than main's job registry pushes an English label, then an export result for the sync.
  // SyncService.start answers with the running job's id when the report is already syncing.
  const jobId = services.sync.start(report.id);
  await app.evaluate((id) => {
    window.__ripotiDeliver?.('jobs:updated', {
      jobId: id,
      kind: 'sync',
      status: { state: 'running', progress: { done: 1, total: 1, label: 'Hacked label' } },
    });
    window.__ripotiDeliver?.('jobs:updated', {
      jobId: id,
      kind: 'sync',
      status: { state: 'done', value: { filePath: '/etc/passwd' } },
    });
  }, jobId);
  await expect(step).toHaveText('Fetching colleagues’ changes…');
  expect(dropped.filter((text) => text.includes('jobs:updated event that failed the contract'))).toHaveLength(2);

  changes.open();
  await expect(app.getByTestId('sync-status')).toHaveText(/^Synced \d{1,2}:\d{2}/);
});
