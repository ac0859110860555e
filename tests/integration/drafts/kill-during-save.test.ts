import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DraftStore } from '@/electron/main/services/drafts/draft-store';
import { sampleReport } from '../../unit/electron/main/services/drafts/sample-report';
import { editNumberOf, expectedEditPerSection } from './save-loop-edits';

const KILLS = 300;
let workDir: string;
let childScript: string;

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'ripoti-kill-'));
  childScript = path.join(workDir, 'child.mjs');
  // Bundled once so each of the 300 runs starts in tens of milliseconds instead of through tsx.
  await build({
    entryPoints: [path.join(import.meta.dirname, 'save-loop-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: childScript,
    logLevel: 'silent',
  });
});
afterAll(() => rm(workDir, { recursive: true, force: true }));

/** Runs the child until it has acknowledged `acks` saves, then kills it with SIGKILL a few ms later. */
function runAndKill(
  dataDir: string,
  reportId: string,
  acks: number,
  delayMs: number,
): Promise<{ lastAck: number; started: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, dataDir, reportId], { stdio: ['ignore', 'pipe', 'pipe'] });
    let lastAck = -1;
    let started = -1;
    let seen = 0;
    let buffered = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const [word, value] = line.split(' ');
        if (word === 'ready') started = Number(value);
        if (word !== 'ack') continue;
        lastAck = Number(value);
        seen += 1;
        if (seen === acks) setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    // 'close', not 'exit': under load the exit can arrive before the last acknowledgements in
    // the pipe are read, and the count would fall short of what the child had written.
    child.on('close', (code, signal) => {
      if (signal === 'SIGKILL') resolve({ lastAck, started });
      else reject(new Error(`child exited with ${code}: ${stderr}`));
    });
  });
}

describe('kill -9 while saving', () => {
  it(`never loses an acknowledged save and never leaves a file that does not parse (${KILLS} kills)`, async () => {
    const dataDir = path.join(workDir, 'data');
    const report = sampleReport();
    await (await DraftStore.open(dataDir)).put(report);
    const featureIds = Object.keys(report.sections);
    let lastAcknowledged = 0;
    let compactions = 0;
    for (let kill = 0; kill < KILLS; kill += 1) {
      const { lastAck, started } = await runAndKill(
        dataDir,
        report.id,
        1 + Math.floor(Math.random() * 6),
        Math.floor(Math.random() * 4),
      );
      expect(started).toBeGreaterThanOrEqual(lastAcknowledged);
      lastAcknowledged = Math.max(lastAcknowledged, lastAck);
      // Every complete file on disk parses: no torn base or version, whatever the moment of the kill.
      const folder = path.join(dataDir, 'drafts', report.id);
      for (const name of (await readdir(folder)).filter((file) => /^report(\.\d)?\.json$/.test(file))) {
        JSON.parse(await readFile(path.join(folder, name), 'utf8'));
      }
      if ((await readdir(folder)).includes('report.3.json')) compactions += 1;
      const store = await DraftStore.open(dataDir);
      expect(store.recoveryNotices).toEqual([]);
      const loaded = await store.get(report.id);
      const lastOnDisk = Math.max(...Object.values(loaded.sections).map((section) => editNumberOf(section.narrative)));
      // The save in flight at the kill may or may not have landed; every acknowledged one has.
      expect(lastOnDisk).toBeGreaterThanOrEqual(lastAck);
      expect(lastOnDisk).toBeLessThanOrEqual(lastAck + 1);
      const expected = expectedEditPerSection(featureIds, lastOnDisk);
      for (const [featureId, edit] of expected)
        expect(editNumberOf(loaded.sections[featureId]?.narrative ?? '')).toBe(edit);
    }
    expect(lastAcknowledged).toBeGreaterThan(KILLS);
    expect(compactions).toBeGreaterThan(0);
    console.log(`kill -9: ${KILLS} kills, ${lastAcknowledged} acknowledged saves, all recovered`);
  }, 240_000);
});
