// @ts-check
/**
 * Checks a release's dist/ folder in CI (.github/workflows/ci.yml), after electron-builder:
 *   node build/check-release.mjs fuses dist   every unpacked binary carries build/fuses.mjs's fuses
 *   node build/check-release.mjs size dist    every installer is under its size budget
 * Prints what it measured; exits 1 on the first broken rule.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { fuseReasons } from './fuses.mjs';

/** An Electron 45 installer weighs ~80–110 MiB; past this something unintended was packed. */
export const INSTALLER_BUDGET_BYTES = 160 * 1024 * 1024;
export const INSTALLER_PATTERN = /\.(exe|dmg|zip|AppImage|deb)$/;

/** @param {string} dist */
function unpackedBinaries(dist) {
  const found = [];
  for (const entry of readdirSync(dist)) {
    if (entry === 'linux-unpacked') found.push(path.join(dist, entry, 'ripoti'));
    if (entry === 'win-unpacked') found.push(path.join(dist, entry, 'Ripoti.exe'));
    if (/^mac(-arm64|-universal)?$/.test(entry)) found.push(path.join(dist, entry, 'Ripoti.app'));
  }
  return found;
}

/** @param {string} dist */
async function checkFuses(dist) {
  const binaries = unpackedBinaries(dist);
  if (binaries.length === 0) throw new Error(`no unpacked app in ${dist}`);
  for (const binary of binaries) {
    const wire = await getCurrentFuseWire(binary);
    for (const [option, wanted] of Object.entries(fuseReasons)) {
      // The wire holds ASCII '1' (on) or '0' (off) per fuse.
      const state = wire[/** @type {FuseV1Options} */ (Number(option))];
      const expected = wanted ? 49 : 48;
      if (state !== expected)
        throw new Error(`${binary}: fuse ${FuseV1Options[Number(option)]} is ${state}, expected ${expected}`);
    }
    console.log(`fuses as configured: ${binary}`);
  }
}

/** @param {string} dist */
function checkSize(dist) {
  const installers = readdirSync(dist).filter((name) => INSTALLER_PATTERN.test(name));
  if (installers.length === 0) throw new Error(`no installer in ${dist}`);
  for (const name of installers) {
    const { size } = statSync(path.join(dist, name));
    console.log(`${name}: ${(size / 1048576).toFixed(1)} MiB (budget ${INSTALLER_BUDGET_BYTES / 1048576} MiB)`);
    if (size > INSTALLER_BUDGET_BYTES) throw new Error(`${name} is over the size budget`);
  }
}

const [command, dist = 'dist'] = process.argv.slice(2);
if (command === 'fuses') await checkFuses(dist);
else if (command === 'size') checkSize(dist);
else if (command !== undefined) throw new Error(`unknown check ${command}`);
