import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * `npm run bench`: runs every tests/bench/*.bench.ts in its own process (so one benchmark's
 * memory does not skew the next) and lets each print its figures and ratios. Benchmarks
 * report; they do not pass or fail on time. `npm run bench -- docx` runs only matching files.
 */
const filter = process.argv[2];
const folder = import.meta.dirname;
const files = readdirSync(folder)
  .filter((name) => name.endsWith('.bench.ts') && (!filter || name.includes(filter)))
  .sort();
let failures = 0;
for (const file of files) {
  console.log(`\n== ${file.replace('.bench.ts', '')} ==`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', path.join(folder, file)], {
    stdio: 'inherit',
  });
  if (result.status !== 0) failures += 1;
}
if (files.length === 0) console.log('No benchmark matched.');
process.exitCode = failures > 0 ? 1 : 0;
