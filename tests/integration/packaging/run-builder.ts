import { execFile } from 'node:child_process';
import { copyFile, cp, mkdir, mkdtemp, readFile, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { writePlaceholderElectron } from './placeholder-electron';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../../..');
const env = { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1', CSC_IDENTITY_AUTO_DISCOVERY: 'false' };

export interface UnpackedApp {
  /** The temp folder holding stage, placeholder and output: remove it when done (~60 MB). */
  readonly workDir: string;
  /** The staged project that was packed: its out/ is the build that went into app.asar. */
  readonly stageDir: string;
  readonly appOutDir: string;
  readonly asarPath: string;
  readonly log: string;
}

/**
 * Stages the project in a temp folder and builds it there: the same electron-vite build as
 * `npm run build`, written to the stage's own out/, so the shared out/ that other suites read
 * is never emptied under them. node_modules is linked, not copied; build/ is copied because
 * electron-builder refuses hook files outside the project.
 */
async function stageProject(stageDir: string): Promise<void> {
  for (const file of ['package.json', 'package-lock.json', 'electron-builder.yml'])
    await copyFile(path.join(root, file), path.join(stageDir, file));
  await cp(path.join(root, 'build'), path.join(stageDir, 'build'), { recursive: true });
  await symlink(path.join(root, 'node_modules'), path.join(stageDir, 'node_modules'), 'dir');
  await run('npx', ['electron-vite', 'build', '--outDir', path.join(stageDir, 'out')], {
    cwd: root,
    env,
    maxBuffer: 16 * 1024 * 1024,
  });
}

/** `electron-builder --dir --linux` on the staged build, against a placeholder Electron: nothing is downloaded. */
export async function packUnpackedLinux(): Promise<UnpackedApp> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'ripoti-pack-'));
  const stageDir = path.join(work, 'project');
  await mkdir(stageDir);
  await stageProject(stageDir);
  const placeholder = path.join(work, 'electron-dist');
  const manifest = JSON.parse(await readFile(path.join(root, 'node_modules/electron/package.json'), 'utf8')) as {
    version: string;
  };
  await writePlaceholderElectron(placeholder, manifest.version);
  const output = path.join(work, 'dist');
  const { stdout, stderr } = await run(
    'npx',
    [
      'electron-builder',
      '--dir',
      '--linux',
      '--x64',
      `-c.electronDist=${placeholder}`,
      `-c.directories.output=${output}`,
    ],
    {
      cwd: stageDir,
      env,
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  const appOutDir = path.join(output, 'linux-unpacked');
  return {
    workDir: work,
    stageDir,
    appOutDir,
    asarPath: path.join(appOutDir, 'resources', 'app.asar'),
    log: stdout + stderr,
  };
}
