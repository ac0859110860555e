/**
 * What new questions cost an officer: offering them (every draft migrated in memory and checked
 * for lost text) and accepting them (a History snapshot, the questions and every draft written
 * durably), for 20 full drafts, against writing the same 20 drafts plainly; what a sync pays to
 * look for them on the county server when nothing changed; and building the Online form's list.
 * Prints figures; asserts nothing about time.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { systemClock } from '../../electron/main/services/clock';
import { openDraftServices } from '../../electron/main/services/drafts/draft-services';
import { exampleReport } from '../../electron/main/services/export/example/example-report';
import { readDraftsAgainst } from '../../electron/main/services/framework/framework-in-use';
import { FrameworkService } from '../../electron/main/services/framework/framework-service';
import { FrameworkStore } from '../../electron/main/services/framework/framework-store';
import { bundledFramework } from '../../shared/framework/load';
import { onlineAnswers } from '../../shared/report/online-form';
import { webFormText } from '../../shared/report/web-form-text';
import { framework2016 } from '../fixtures/frameworks/national';
import { createDevice, newReport } from '../integration/sync/support/sync-device';
import { DATABASE, startSyncWorld } from '../integration/sync/support/world';
import { median } from './statistics';

const DRAFTS = 20;
const RUNS = 3;
const ms = (value: number) => `${value.toFixed(0)} ms`;

async function computer() {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'ripoti-bench-framework-'));
  const store = await FrameworkStore.open(dataDir, bundledFramework());
  readDraftsAgainst(() => store.current());
  const drafts = await openDraftServices(dataDir, {
    appVersion: 'bench',
    framework: store.current(),
    clock: systemClock,
    historyIntervalMinutes: () => 10,
  });
  for (let index = 0; index < DRAFTS; index++) {
    const { report } = exampleReport(bundledFramework(), { photoCount: 0 });
    await drafts.store.put({ ...report, id: crypto.randomUUID(), title: `Bench ${index}` });
  }
  return { dataDir, store, drafts, frameworks: new FrameworkService(store, drafts.store, systemClock, drafts.history) };
}

const offer: number[] = [];
const accept: number[] = [];
const plain: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const { dataDir, drafts, frameworks } = await computer();
  try {
    const text = JSON.stringify(framework2016());
    let started = performance.now();
    const offered = await frameworks.considerText(text, { kind: 'file', fileName: 'q.json' });
    offer.push(performance.now() - started);
    if (offered.state !== 'offered') throw new Error(`not offered: ${JSON.stringify(offered)}`);
    started = performance.now();
    await frameworks.accept(offered.offer.id);
    accept.push(performance.now() - started);
    const reports = await Promise.all((await drafts.store.list()).map((summary) => drafts.store.get(summary.id)));
    started = performance.now();
    for (const report of reports) await drafts.store.put(report);
    plain.push(performance.now() - started);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
console.log(`${DRAFTS} drafts of 43 Key Features × ~500 words each, ${RUNS} runs (median):`);
console.log(
  `  offer (migrate in memory, check every text):      ${ms(median(offer))}  (${ms(median(offer) / DRAFTS)} a draft)`,
);
console.log(
  `  accept (snapshot, questions, every draft durable): ${ms(median(accept))}  (${ms(median(accept) / DRAFTS)} a draft)`,
);
console.log(
  `  writing the same drafts plainly:                    ${ms(median(plain))}  → accept is ${(median(accept) / median(plain)).toFixed(1)}× a plain write`,
);

// The Online form's list for one full report.
const { report } = exampleReport(bundledFramework(), { photoCount: 0 });
const listing: number[] = [];
for (let run = 0; run < 20; run++) {
  const started = performance.now();
  for (const answer of onlineAnswers(report, bundledFramework()))
    if (answer.kind === 'text' || answer.kind === 'profile') webFormText(answer.text);
  listing.push(performance.now() - started);
}
console.log(
  `Online form list of a full report (${onlineAnswers(report, bundledFramework()).length} answers): ${median(listing).toFixed(1)} ms median of 20`,
);

// A sync's look for new questions when none were published since the last look.
const world = await startSyncWorld();
try {
  const device = await createDevice(world.url, 'amina', 'amina-pass');
  const draft = newReport();
  await device.repository.put(draft);
  await device.syncOrThrow(draft.id);
  const national = await fetch(`${world.server.origin}/_session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'national', password: 'national-pass' }),
  });
  const cookie = national.headers.get('set-cookie')?.split(';')[0] ?? '';
  await fetch(`${world.server.origin}/${DATABASE}/framework:${bundledFramework().id}`, {
    method: 'PUT',
    headers: { cookie, 'content-type': 'application/json' },
    body: JSON.stringify({ type: 'ripoti-framework', framework: framework2016() }),
  });
  const frameworks = new FrameworkService(FrameworkStore.inMemory(bundledFramework()), device.repository, systemClock);
  world.proxy.identityAnswers = true;
  world.proxy.bytesFromClient = 0;
  world.proxy.bytesToClient = 0;
  await frameworks.checkCounty(device.sync);
  const first = { sent: world.proxy.bytesFromClient, received: world.proxy.bytesToClient };
  world.proxy.bytesFromClient = 0;
  world.proxy.bytesToClient = 0;
  await frameworks.checkCounty(device.sync);
  const again = { sent: world.proxy.bytesFromClient, received: world.proxy.bytesToClient };
  console.log(`Looking for new questions on the county server (uncompressed answers, as CouchDB sends them):`);
  console.log(`  first look, questions downloaded: ${first.sent} B sent, ${first.received} B received`);
  console.log(`  each later look, nothing new:     ${again.sent} B sent, ${again.received} B received`);
  await device.dispose();
} finally {
  await world.close();
}
