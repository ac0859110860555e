import { spawnSync } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '@/electron/main/services/drafts/durable-file';
import { tempDataDir } from '../../unit/electron/main/services/drafts/sample-report';
import { FUZZ_BOUNDS } from './support/fuzz-verdict';
import { peakOnFreshProcessMb, type CaseResult, type HostileCase } from './support/hostile-case';
import { bombPng, jpegImage, lyingPng } from './support/hostile-images';
import { bodyOf, ripotiWith, withRecomputedChecksum } from './support/ripoti-builders';
import { buildHostileChild, runHostileChild, writeCases, type ChildRun } from './support/run-hostile-child';

/**
 * Each reproduction of issue 15, through the ways in the issue names, in a child process: on the
 * code before the fix the 68-byte PNG aborts that process (exit 134), the bombs take tens of
 * seconds and gigabytes, `{"length": 1e9}` builds a 1 GB buffer and the deep nesting ends in a
 * RangeError. Now each is refused with a message naming the photo or the file's problem.
 */
const crashPng = lyingPng(100_000_000, 100_000_000);
const hostileCases: HostileCase[] = [
  {
    kind: 'attach',
    label: '68-byte PNG via attachments:add',
    fileName: 'crash.png',
    mediaType: 'image/png',
    bytes: crashPng,
  },
  { kind: 'ripoti', label: '68-byte PNG in a .ripoti', bytes: ripotiWith([{ name: 'crash.png', bytes: crashPng }]) },
  { kind: 'sync', label: '68-byte PNG pulled by sync', fileName: 'crash.png', mediaType: 'image/png', bytes: crashPng },
  {
    kind: 'ripoti',
    label: '16000² PNG bomb in a .ripoti',
    bytes: ripotiWith([{ name: 'Mkutano wa jamii.png', bytes: bombPng(16_000, 16_000) }]),
  },
  {
    kind: 'attach',
    label: '12000² PNG bomb via attachments:add',
    fileName: 'Darasa.png',
    mediaType: 'image/png',
    bytes: bombPng(12_000, 12_000),
  },
  { kind: 'ripoti', label: '{"length":1e9} as an attachment', bytes: lengthBomb() },
  { kind: 'ripoti', label: 'CR/LF in a media type', bytes: crlfMediaType() },
  { kind: 'ripoti', label: '200,000-deep appVersion', bytes: deepAppVersion(200_000) },
];

function lengthBomb(): Buffer {
  const photo = jpegImage(40, 30);
  const body = bodyOf(ripotiWith([{ name: 'class.jpg', bytes: photo, mediaType: 'image/jpeg' }]));
  return withRecomputedChecksum(
    body.replace(/"attachments":\{"([a-f0-9]{64})":"[^"]*"\}\}$/, '"attachments":{"$1":{"length":1e9}}}'),
  );
}

function crlfMediaType(): Buffer {
  const minutes = Buffer.from('%PDF-1.4 minutes of the learning festival');
  return withRecomputedChecksum(
    bodyOf(ripotiWith([{ name: 'minutes.pdf', bytes: minutes, mediaType: 'application/pdf' }])).replace(
      '"application/pdf"',
      '"application/pdf\\r\\nX-Injected: 1"',
    ),
  );
}

function deepAppVersion(depth: number): Buffer {
  return withRecomputedChecksum(
    bodyOf(ripotiWith([])).replace('"appVersion":"0.1.0"', `"appVersion":${'['.repeat(depth)}${']'.repeat(depth)}`),
  );
}

let built: Awaited<ReturnType<typeof buildHostileChild>>;
const runs = new Map<string, ChildRun>();
beforeAll(async () => {
  built = await buildHostileChild();
  // One process per reproduction, so each one fails (or passes) on its own account.
  for (const item of hostileCases)
    runs.set(item.label, await runHostileChild(built, ['cases', await writeCases(built.dir, [item])], 60_000));
}, 600_000);
afterAll(() => rm(built.dir, { recursive: true, force: true }));

function resultOf(label: string): CaseResult {
  const run = runs.get(label);
  if (!run) throw new Error(`no run for ${label}`);
  expect(
    run.diedDuring,
    `the process died during ${run.diedDuring?.label ?? ''} (exit ${String(run.exitCode)} ${String(run.signal)})\n${run.stderr.slice(-2000)}`,
  ).toBeNull();
  expect(run.hung, `${label}: the process stopped answering`).toBe(false);
  expect(run.exitCode, `${label}: exit code`).toBe(0);
  const result = run.results.find((item) => item.label === label);
  if (!result) throw new Error(`no result for ${label}`);
  expect(result.cpuMs, `${label}: CPU time`).toBeLessThanOrEqual(FUZZ_BOUNDS.cpuMs);
  // Each reproduction runs first in a fresh process: its absolute peak is also its own.
  expect(result.peakMb, `${label}: peak memory`).toBeLessThan(FUZZ_BOUNDS.peakMb);
  expect(peakOnFreshProcessMb(result), `${label}: peak memory on a fresh process`).toBeLessThan(FUZZ_BOUNDS.peakMb);
  return result;
}

describe('issue 15 reproductions', () => {
  it('the 68-byte PNG claiming 100,000,000² pixels is refused by attachments:add, import and sync, and the process lives', () => {
    expect(crashPng.length).toBeLessThanOrEqual(68);
    for (const label of ['68-byte PNG via attachments:add', '68-byte PNG in a .ripoti', '68-byte PNG pulled by sync']) {
      expect(resultOf(label), label).toMatchObject({
        outcome: 'refused',
        code: 'invalid-data',
        detail: { kind: 'photo', photo: 'crash.png', problem: 'too-many-pixels' },
      });
    }
  });

  it('decompression bombs are refused by their header, naming the photo: 16000² in a .ripoti, 12000² through attachments:add', () => {
    expect(resultOf('16000² PNG bomb in a .ripoti')).toMatchObject({
      outcome: 'refused',
      detail: { photo: 'Mkutano wa jamii.png', problem: 'too-many-pixels' },
    });
    expect(resultOf('16000² PNG bomb in a .ripoti').message).toMatch(
      /"Mkutano wa jamii\.png" cannot be used as a photo: it is 16000 × 16000 pixels; photos up to 24 million pixels can be used/,
    );
    expect(resultOf('12000² PNG bomb via attachments:add')).toMatchObject({
      outcome: 'refused',
      detail: { photo: 'Darasa.png', problem: 'too-many-pixels' },
    });
  });

  it('a .ripoti whose attachment is {"length": 1e9} is refused before any buffer is built', () => {
    expect(resultOf('{"length":1e9} as an attachment')).toMatchObject({
      outcome: 'refused',
      detail: { kind: 'draft-file', problem: 'not-well-formed' },
    });
  });

  it('a media type with CR/LF in a .ripoti is refused', () => {
    expect(resultOf('CR/LF in a media type')).toMatchObject({
      outcome: 'refused',
      detail: { kind: 'draft-file', problem: 'not-well-formed' },
    });
  });

  it('a 200,000-deep appVersion is refused plainly, not with a RangeError', () => {
    const result = resultOf('200,000-deep appVersion');
    expect(result).toMatchObject({ outcome: 'refused', detail: { kind: 'draft-file', problem: 'not-well-formed' } });
    expect(result.message).toMatch(/nests deeper than 32 levels/);
  });

  it('npm run report -- import crash-png.ripoti refuses the file and exits 1 (it exited 134)', async () => {
    const work = await tempDataDir();
    await writeFile(path.join(work, 'crash-png.ripoti'), ripotiWith([{ name: 'crash.png', bytes: crashPng }]));
    const cli = spawnSync(
      process.execPath,
      [
        '--import',
        import.meta.resolve('tsx'),
        path.resolve(import.meta.dirname, '../../../electron/cli/main.ts'),
        'import',
        'crash-png.ripoti',
        '--data',
        path.join(work, 'data'),
      ],
      {
        cwd: work,
        // Started outside the repository, tsx is told where the tsconfig (and its '@/' alias) is.
        env: { ...process.env, TSX_TSCONFIG_PATH: path.resolve(import.meta.dirname, '../../../tsconfig.json') },
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(cli.status, cli.stderr).toBe(1);
    expect(cli.stderr).toMatch(/"crash\.png" cannot be used as a photo: it is 100000000 × 100000000 pixels/);
    expect(sha256(crashPng)).toHaveLength(64);
  }, 90_000);
});
