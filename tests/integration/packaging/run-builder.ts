import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { writePlaceholderElectron } from './placeholder-electron';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../../..');

export interface UnpackedApp {
  readonly appOutDir: string;
  readonly asarPath: string;
  readonly log: string;
}

/** `npm run build` under the shared build lock: out/ is shared with the other suites. */
export async function buildApp(): Promise<void> {
  await run('flock', ['/tmp/ripoti-build.lock', 'npm', 'run', 'build'], { cwd: root, maxBuffer: 16 * 1024 * 1024 });
}

/** `electron-builder --dir --linux` against a placeholder Electron, into a fresh temp folder. */
export async function packUnpackedLinux(): Promise<UnpackedApp> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'ripoti-pack-'));
  const placeholder = path.join(work, 'electron-dist');
  const manifest = JSON.parse(await readFile(path.join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string };
  await writePlaceholderElectron(placeholder, manifest.version);
  const output = path.join(work, 'dist');
  const { stdout, stderr } = await run(
    'npx',
    ['electron-builder', '--dir', '--linux', '--x64', `-c.electronDist=${placeholder}`, `-c.directories.output=${output}`],
    { cwd: root, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1', CSC_IDENTITY_AUTO_DISCOVERY: 'false' } },
  );
  const appOutDir = path.join(output, 'linux-unpacked');
  return { appOutDir, asarPath: path.join(appOutDir, 'resources', 'app.asar'), log: stdout + stderr };
}
