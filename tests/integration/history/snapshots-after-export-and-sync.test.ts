import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultExportOptions } from '@/shared/ipc/channels/export';
import { createTestServices, type TestServices } from '../../e2e/harness/test-services';
import { startCouchServer, type CouchServer } from '../sync/support/couch-server';

const DATABASE = 'ripoti-kilifi';

/**
 * The real services on a real data folder: History holds the version that left the computer,
 * by Word export or by sync, so the officer can always see what was submitted or shared.
 */
describe('History snapshots after export and sync', () => {
  let app: TestServices;
  let server: CouchServer;
  beforeEach(async () => {
    app = await createTestServices();
    server = await startCouchServer();
    await server.addUser('amina', 'amina-pass', [DATABASE]);
    await server.createCountyDatabase(DATABASE);
  });
  afterEach(async () => {
    await server.close();
    await app.dispose();
  });

  it('takes an "export" snapshot of the exported report once the .docx is written', async () => {
    const { services } = app;
    const report = await services.reports.create({ title: 'Kilifi progress report', county: 'Kilifi' });
    const started = await services.exports.start(report.id, defaultExportOptions);
    const job = await services.jobs.settled(started.jobId ?? '', 20);
    expect(job.state).toBe('done');
    const history = await services.drafts?.history.list(report.id);
    expect(history?.map((entry) => entry.reason)).toEqual(['export']);
    expect(history?.[0]?.reportUpdatedAt).toBe(report.updatedAt);
  });

  it('takes a "sync" snapshot after a sync that ends in agreement, and none after a failed one', async () => {
    const { services } = app;
    const report = await services.reports.create({ title: 'Kilifi progress report', county: 'Kilifi' });
    services.settings.update({ syncServerUrl: `${server.origin}/${DATABASE}`, syncUsername: 'amina' });
    await services.sync.rememberPassword('wrong-password');
    expect((await services.jobs.settled(services.sync.start(report.id), 20)).state).toBe('failed');
    expect(await services.drafts?.history.list(report.id)).toEqual([]);

    await services.sync.rememberPassword('amina-pass');
    expect((await services.jobs.settled(services.sync.start(report.id), 20)).state).toBe('done');
    expect((await services.drafts?.history.list(report.id))?.map((entry) => entry.reason)).toEqual(['sync']);
  });
});
