import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sectionDocId } from '@/shared/sync/report-documents';
import { newReport } from './support/sync-device';
import { DATABASE, startSyncWorld, type SyncWorld } from './support/world';

let world: SyncWorld;
beforeEach(async () => (world = await startSyncWorld()));
afterEach(async () => world.close());

describe('auto-sync', () => {
  it('syncs reports with changes waiting only when switched on and online, and backs off after failures up to 5 minutes', async () => {
    const report = newReport();
    await world.amina.repository.put(report);
    let online = false;
    const auto = world.amina.sync.createAutoSync({ intervalMs: 60_000, isOnline: () => online });
    await auto.runOnce();
    expect(await world.server.getDoc(DATABASE, sectionDocId(report.id, '1.1.1'))).toBeUndefined();
    world.amina.settings.update({ autoSync: true });
    await auto.runOnce();
    expect(await world.server.getDoc(DATABASE, sectionDocId(report.id, '1.1.1'))).toBeUndefined();
    online = true;
    world.proxy.plan = () => ({ kind: 'status', status: 503 });
    for (let round = 0; round < 5; round++) await auto.runOnce();
    expect(auto.nextDelay()).toBe(5 * 60_000);
    world.proxy.plan = () => ({ kind: 'pass' });
    await auto.runOnce();
    expect(auto.nextDelay()).toBe(60_000);
    expect(await world.server.getDoc(DATABASE, sectionDocId(report.id, '1.1.1'))).toBeDefined();
    expect((await world.amina.sync.status(report.id)).changesWaiting).toBe(0);
  });
});
