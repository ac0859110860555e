import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Conf from 'conf';
import { runCli } from '@/electron/cli/run-cli';
import { createServices } from '@/electron/main/services/create-services';
import { InMemoryReportRepository } from '@/electron/main/services/reports/in-memory-repository';
import { FrameworkService } from '@/electron/main/services/framework/framework-service';
import { FrameworkStore } from '@/electron/main/services/framework/framework-store';
import { bundledFramework } from '@/shared/framework/load';
import type { Report } from '@/shared/report/schema';
import { FRAMEWORK_DOC_TYPE, frameworkDocId } from '@/shared/sync/server-documents';
import { framework2016 } from '../../fixtures/frameworks/national';
import { editSection, fastRetries, newReport, type Device } from '../sync/support/sync-device';
import { DATABASE, startSyncWorld, type SyncWorld } from '../sync/support/world';

let world: SyncWorld;
let folder = '';
beforeEach(async () => {
  world = await startSyncWorld();
  folder = await mkdtemp(path.join(tmpdir(), 'ripoti-county-questions-'));
});
afterEach(async () => {
  delete process.env['RIPOTI_SYNC_PASSWORD'];
  await world.close();
  await rm(folder, { recursive: true, force: true });
});

const clock = { nowIso: () => '2026-12-01T08:00:00.000Z', newId: () => crypto.randomUUID() };

/** The questions side of an officer's Ripoti, on that officer's drafts, as the app builds it. */
async function questionsOf(device: Device): Promise<FrameworkService> {
  return new FrameworkService(await FrameworkStore.open(device.folder, bundledFramework()), device.repository, clock);
}

/** The national office at its own computer: `npm run report -- framework publish`. */
async function publish(framework: unknown, user = 'national', password = 'national-pass') {
  const file = path.join(folder, `questions-${crypto.randomUUID()}.json`);
  await writeFile(file, JSON.stringify(framework));
  process.env['RIPOTI_SYNC_PASSWORD'] = password;
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['framework', 'publish', file, '--server', world.url, '--user', user], {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    cwd: folder,
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A draft with text under a Key Feature the 2016 questions rename (1.2.4 → 1.2.5) and one they remove (3.3.3). */
async function draftWithText(device: Device): Promise<Report> {
  const report = newReport();
  await device.repository.put(report);
  await editSection(device, report.id, '1.2.4', {
    narrative: 'The Kilifi cultural festival hosted 40 learning stalls.',
    status: 'in-progress',
  });
  await editSection(device, report.id, '3.3.3', {
    narrative: 'Bursaries for 300 adult learners.',
    status: 'in-progress',
  });
  return device.repository.get(report.id);
}

describe('questions published by the national office through the county database', () => {
  it('reach a second device at its next sync, and re-file its draft: renamed text moved, removed text archived', async () => {
    const report = await draftWithText(world.amina);
    await world.amina.syncOrThrow(report.id);
    await world.baraka.syncOrThrow(report.id);

    expect(await publish(framework2016())).toMatchObject({
      code: 0,
      out: expect.stringMatching(/renamed +1\.2\.4 → 1\.2\.5[\s\S]*Published version 2016-paraphrase-test/) as unknown,
    });
    expect(await world.server.getDoc(DATABASE, frameworkDocId(bundledFramework().id))).toMatchObject({
      type: FRAMEWORK_DOC_TYPE,
      framework: { version: '2016-paraphrase-test' },
    });

    // Baraka, the second device, never saw the file: the questions come with the county server.
    const questions = await questionsOf(world.baraka);
    const offered = await questions.checkCounty(world.baraka.sync);
    if (offered.state !== 'offered') throw new Error(`not offered: ${JSON.stringify(offered)}`);
    expect(offered.offer).toMatchObject({
      version: '2016-paraphrase-test',
      origin: { kind: 'server', server: world.url },
    });
    expect(offered.offer.drafts).toEqual([
      expect.objectContaining({ reportId: report.id, renamed: [{ from: '1.2.4', to: '1.2.5' }], archived: ['3.3.3'] }),
    ]);
    expect((await world.baraka.repository.get(report.id)).sections['1.2.4']?.narrative).toBe(
      'The Kilifi cultural festival hosted 40 learning stalls.',
    );

    await questions.accept(offered.offer.id);
    const migrated = await world.baraka.repository.get(report.id);
    expect(migrated.frameworkRef.version).toBe('2016-paraphrase-test');
    expect(migrated.sections['1.2.5']?.narrative).toBe('The Kilifi cultural festival hosted 40 learning stalls.');
    expect(migrated.sections['1.2.4']).toBeUndefined();
    expect(migrated.archivedSections).toEqual([
      expect.objectContaining({
        featureId: '3.3.3',
        title: 'Learning opportunities that are affordable for all, with help for disadvantaged groups',
      }),
    ]);
    expect(migrated.archivedSections[0]?.section.narrative).toBe('Bursaries for 300 adult learners.');
    // The same questions are not offered again; the next sync sends the re-filed draft.
    expect(await questions.checkCounty(world.baraka.sync)).toEqual({ state: 'none' });
    expect(await world.baraka.syncOrThrow(report.id)).toMatchObject({ kind: 'synced' });
  });

  it('are offered once, and raise nothing when they are the ones in use', async () => {
    const report = await draftWithText(world.amina);
    await world.amina.syncOrThrow(report.id);
    const questions = await questionsOf(world.amina);
    expect(await questions.checkCounty(world.amina.sync)).toEqual({ state: 'none' });
    await publish(framework2016());
    const offered = await questions.checkCounty(world.amina.sync);
    expect(offered.state).toBe('offered');
    questions.dismiss();
    expect(await questions.checkCounty(world.amina.sync)).toEqual({ state: 'none' });
  });

  it('are refused by the server from a county officer, and when malformed', async () => {
    const fromOfficer = await publish(framework2016(), 'amina', 'amina-pass');
    expect(fromOfficer).toMatchObject({
      code: 1,
      err: expect.stringContaining('Only the national office (ripoti-national) may publish the questions.') as unknown,
    });
    // The CLI checks first; a client that does not (a script, curl) meets the server's own check.
    const login = await fetch(`${world.server.origin}/_session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'national', password: 'national-pass' }),
    });
    const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
    const { profile: _dropped, ...noProfile } = framework2016();
    const put = await fetch(
      `${world.server.origin}/${DATABASE}/${encodeURIComponent(frameworkDocId(bundledFramework().id))}`,
      {
        method: 'PUT',
        headers: { cookie, 'content-type': 'application/json' },
        body: JSON.stringify({ type: FRAMEWORK_DOC_TYPE, framework: noProfile }),
      },
    );
    expect(put.status).toBe(403);
    expect(((await put.json()) as { reason: string }).reason).toMatch(
      /^Malformed framework:unesco-gnlc-key-features: the questions.framework.profile is missing/,
    );
    expect(await world.server.getDoc(DATABASE, frameworkDocId(bundledFramework().id))).toBeUndefined();
  });

  it('are refused by the app when the server let through what only the app can check, and nothing changes', async () => {
    const report = await draftWithText(world.amina);
    await world.amina.syncOrThrow(report.id);
    // Well-formed for the server, but one Key Feature id twice: the CLI would refuse it, so it is written raw.
    const twice = framework2016();
    const area = twice.tiers[0]?.areas[0];
    const first = area?.features[0];
    if (!area || !first) throw new Error('fixture shape changed');
    area.features.push({ ...first });
    const login = await fetch(`${world.server.origin}/_session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'national', password: 'national-pass' }),
    });
    const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
    const put = await fetch(
      `${world.server.origin}/${DATABASE}/${encodeURIComponent(frameworkDocId(bundledFramework().id))}`,
      {
        method: 'PUT',
        headers: { cookie, 'content-type': 'application/json' },
        body: JSON.stringify({ type: FRAMEWORK_DOC_TYPE, framework: twice }),
      },
    );
    expect(put.status).toBe(201);
    const questions = await questionsOf(world.amina);
    const state = await questions.checkCounty(world.amina.sync);
    expect(state).toMatchObject({
      state: 'refused',
      origin: { kind: 'server' },
      refusal: { code: 'malformed', message: expect.stringContaining('Key Feature id 1.1.1 appears twice') as unknown },
    });
    expect(questions.current().version).toBe(bundledFramework().version);
    expect((await world.amina.repository.get(report.id)).sections['1.2.4']?.narrative).toBe(
      'The Kilifi cultural festival hosted 40 learning stalls.',
    );
  });

  it('are looked for after every sync the app makes, without the officer asking', async () => {
    const dataDir = await mkdtemp(path.join(folder, 'app-'));
    const settingsStore = new Conf({
      projectName: 'ripoti-test',
      cwd: dataDir,
      configName: 'settings',
      clearInvalidConfig: false,
    });
    const repository = new InMemoryReportRepository();
    const services = createServices({
      settingsStore,
      reportRepository: repository,
      versions: { app: '0.0.0-test', electron: null, platform: process.platform },
      sync: { retryPolicy: fastRetries },
    });
    services.settings.update({ syncServerUrl: world.url, syncUsername: 'baraka' });
    await services.sync.rememberPassword('baraka-pass');
    const report = newReport();
    await repository.put(report);
    await publish(framework2016());
    const status = await services.jobs.settled(services.sync.start(report.id), 5);
    expect(status.state).toBe('done');
    expect(services.frameworks.offer()).toMatchObject({
      state: 'offered',
      offer: { version: '2016-paraphrase-test', origin: { kind: 'server' } },
    });
  });
});
