import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Report } from '@/shared/report/schema';
import { sectionDocId } from '@/shared/sync/report-documents';
import { createDevice, editSection, newReport, type Device } from './support/sync-device';
import { stockWriter } from './support/stock-writer';
import { DATABASE, startSyncWorld } from './support/world';

const PLACES = ['1.1.1', '1.1.2'] as const;
const FIELDS = ['narrative', 'challenges', 'nextSteps'] as const;
type Field = (typeof FIELDS)[number];
type Writer = 0 | 1 | 2 | 'stock';

type Step =
  | { readonly kind: 'edit'; readonly who: Writer; readonly featureId: (typeof PLACES)[number]; readonly field: Field }
  | {
      readonly kind: 'sync';
      readonly who: Writer;
      readonly keep: 'mine' | 'theirs';
      readonly stockPullsFirst: boolean;
    };

const writer = fc.constantFrom<Writer>(0, 1, 2, 'stock');
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('edit' as const),
    who: writer,
    featureId: fc.constantFrom(...PLACES),
    field: fc.constantFrom(...FIELDS),
  }),
  fc.record({
    kind: fc.constant('sync' as const),
    who: writer,
    keep: fc.constantFrom('mine' as const, 'theirs' as const),
    stockPullsFirst: fc.boolean(),
  }),
);

interface Edit {
  readonly value: string;
  readonly where: string;
  /** The value it replaced on the writer's copy: that value was seen, then typed over (not lost). */
  readonly replaced: unknown;
}

/**
 * Any interleaving of edits on three Ripoti computers and one stock PouchDB client, synced in
 * any order (officers resolving conflicts as they come, keeping their own value or the
 * server's), ends with every computer and the server holding the same report, and every edit
 * either present, shown to an officer as a conflict, or typed over by someone who had it.
 */
describe('sync converges, whoever writes and in whatever order', () => {
  it('three computers and a stock client, any interleaving', { timeout: 600_000 }, async () => {
    const seed = Number(process.env['RIPOTI_PROPERTY_SEED'] ?? 20261124);
    const runs = Number(process.env['RIPOTI_PROPERTY_RUNS'] ?? 12);
    console.log(`convergence property: seed ${seed}, ${runs} runs`);
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 4, maxLength: 14 }), async (steps) => runScenario(steps)),
      { seed, numRuns: runs, endOnFailure: true },
    );
  });
});

async function runScenario(steps: readonly Step[]): Promise<void> {
  const world = await startSyncWorld();
  await world.server.addUser('chiku', 'chiku-pass', [DATABASE]);
  const chiku = await createDevice(world.url, 'chiku', 'chiku-pass');
  const devices: Device[] = [world.amina, world.baraka, chiku];
  const stock = stockWriter(world.server, DATABASE, { username: 'baraka', password: 'baraka-pass' });
  const edits: Edit[] = [];
  const shown = new Set<string>();
  let counter = 0;
  try {
    const report = newReport();
    await world.amina.repository.put(report);
    await world.amina.syncOrThrow(report.id);
    for (const device of devices.slice(1)) await device.syncOrThrow(report.id);
    await stock.pull();

    const syncRipoti = async (device: Device, keep: 'mine' | 'theirs') => {
      const outcome = await device.syncOrThrow(report.id);
      if (outcome.kind !== 'conflicts') return outcome;
      for (const conflict of await device.sync.conflicts(report.id)) {
        shown.add(JSON.stringify(conflict.mine));
        shown.add(JSON.stringify(conflict.theirs));
        await device.sync.resolve(report.id, conflict.key, { keep });
      }
      return device.syncOrThrow(report.id);
    };
    const syncStock = async (pullFirst: boolean) => {
      if (pullFirst) await stock.pull();
      await stock.push();
      if (!pullFirst) await stock.pull();
    };

    for (const current of steps) {
      if (current.kind === 'edit') {
        const value = `${String(current.who)}-${current.field}-${++counter}`;
        if (current.who === 'stock') {
          await stock.edit(sectionDocId(report.id, current.featureId), (doc) => {
            const section = doc['section'] as Record<string, unknown>;
            edits.push({ value, where: `${current.featureId}/${current.field}`, replaced: section[current.field] });
            section[current.field] = value;
          });
        } else {
          const device = devices[current.who] as Device;
          const before = (await device.repository.get(report.id)).sections[current.featureId]?.[current.field];
          edits.push({ value, where: `${current.featureId}/${current.field}`, replaced: before });
          await editSection(device, report.id, current.featureId, { [current.field]: value });
        }
      } else if (current.who === 'stock') {
        await syncStock(current.stockPullsFirst);
      } else {
        await syncRipoti(devices[current.who] as Device, current.keep);
      }
    }

    // Everyone syncs until nothing moves any more (officers keep their own value in conflicts).
    await syncStock(true);
    for (let pass = 0; pass < 6; pass++) {
      let moved = false;
      for (const device of devices) {
        const outcome = await syncRipoti(device, 'mine');
        if (outcome.kind !== 'synced' || outcome.sentDocs > 0 || outcome.receivedDocs > 0) moved = true;
      }
      if (!moved) break;
    }
    await stock.pull();

    const reports = await Promise.all(devices.map((device) => device.repository.get(report.id)));
    const touched = (candidate: Report) =>
      Object.fromEntries(
        PLACES.map((featureId) => [featureId, FIELDS.map((field) => candidate.sections[featureId]?.[field])]),
      );
    for (const other of reports.slice(1)) expect(touched(other)).toEqual(touched(reports[0] as Report));
    for (const device of devices) expect((await device.sync.status(report.id)).conflicts).toBe(0);
    for (const featureId of PLACES) {
      const onServer = await stock.db.get(sectionDocId(report.id, featureId), { conflicts: true });
      expect(onServer['_conflicts']).toBeUndefined();
      expect(FIELDS.map((field) => (onServer['section'] as Record<string, unknown>)[field])).toEqual(
        touched(reports[0] as Report)[featureId],
      );
    }
    const final = touched(reports[0] as Report);
    const present = new Set(
      PLACES.flatMap((featureId) => (final[featureId] ?? []).map((value) => JSON.stringify(value))),
    );
    const typedOver = new Set(edits.map((edit) => JSON.stringify(edit.replaced)));
    for (const edit of edits) {
      const key = JSON.stringify(edit.value);
      expect({ edit: edit.value, accounted: present.has(key) || shown.has(key) || typedOver.has(key) }).toEqual({
        edit: edit.value,
        accounted: true,
      });
    }
  } finally {
    await chiku.dispose();
    await world.close();
  }
}
