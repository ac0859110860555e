/**
 * What one photo costs in the photo thread (issue 15): wall and CPU time, and the process's peak
 * resident memory above idle (VmHWM, reset before the photo), for real-sized JPEGs up to the
 * 24-megapixel limit and PNG decompression bombs at it. Each photo runs in a fresh process, with
 * its thread warmed on a small photo first. Prints figures; asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bombPng, jpegImage, pngImage } from '../integration/hostile-files/support/hostile-images';

const child = process.argv[2] === 'child';

if (child) {
  const { photoThread, photoWorkerFromSource } =
    await import('../../electron/main/services/export/images/photo-worker/photo-thread');
  const memory = async (field: string) =>
    Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(await readFile('/proc/self/status', 'utf8'))?.[1] ?? 0) /
    1024;
  const check = photoThread({ script: photoWorkerFromSource() });
  await check(jpegImage(64, 48));
  const bytes = await readFile(process.argv[3] ?? '');
  (globalThis as { gc?: () => void }).gc?.();
  const idle = await memory('VmRSS');
  await writeFile('/proc/self/clear_refs', '5');
  const cpu = process.cpuUsage();
  const started = performance.now();
  const outcome = await check(bytes);
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  console.log(
    JSON.stringify({
      outcome: outcome.ok ? `ok ${outcome.width}×${outcome.height}` : `refused: ${outcome.problem}`,
      wallMs: Math.round(wall),
      cpuMs: Math.round((used.user + used.system) / 1000),
      idleMb: Math.round(idle),
      peakMb: Math.round(await memory('VmHWM')),
    }),
  );
  process.exit(0);
}

const photos: [string, () => Buffer][] = [
  ['JPEG 4000×3000 (a 12 MP phone photo)', () => jpegImage(4000, 3000, 85)],
  ['JPEG 6000×4000 (24 MP, the limit)', () => jpegImage(6000, 4000, 85)],
  [
    'PNG 8-bit RGB 2500×2000, noisy',
    () => pngImage({ width: 2500, height: 2000, colourType: 2, depth: 8 }, (index) => (index * 2654435761) >>> 27),
  ],
  ['PNG bomb 1-bit 6000×4000 (the limit)', () => bombPng(6000, 4000)],
  [
    'PNG bomb 16-bit RGBA 6000×4000 (the limit)',
    () => pngImage({ width: 6000, height: 4000, colourType: 6, depth: 16 }),
  ],
];
const dir = await mkdtemp(path.join(tmpdir(), 'ripoti-photo-bench-'));
console.log('photo | file | outcome | wall ms | CPU ms | idle MB | peak MB | above idle MB');
for (const [name, make] of photos) {
  const file = path.join(dir, 'photo');
  const bytes = make();
  await writeFile(file, bytes);
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', import.meta.filename, 'child', file], {
    encoding: 'utf8',
  });
  const result = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as {
    outcome: string;
    wallMs: number;
    cpuMs: number;
    idleMb: number;
    peakMb: number;
  };
  console.log(
    `${name} | ${(bytes.length / 1024).toFixed(0)} KB | ${result.outcome} | ${result.wallMs} | ${result.cpuMs} | ${result.idleMb} | ${result.peakMb} | ${result.peakMb - result.idleMb}`,
  );
}
await rm(dir, { recursive: true, force: true });
