import { spawn } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { caseToJson, type CaseResult, type HostileCase } from './hostile-case';

export interface ChildRun {
  readonly results: CaseResult[];
  /** The case that was running when the child died or hung, if it did. */
  readonly diedDuring: { index: number; label: string } | null;
  readonly exitCode: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly hung: boolean;
  readonly stderr: string;
  readonly wallMs: number;
}

const repoRoot = path.resolve(import.meta.dirname, '../../../..');

/**
 * Bundles the child and the photo worker with esbuild, once: the child then starts in tens of
 * milliseconds and its photo threads start as the app's do (a bundled script, not tsx).
 */
export async function buildHostileChild(): Promise<{ child: string; photoWorker: string; dir: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'ripoti-hostile-'));
  const common = {
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'silent',
    banner: {
      js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);",
    },
  } as const;
  await build({
    ...common,
    entryPoints: [path.join(import.meta.dirname, 'hostile-child.ts')],
    outfile: path.join(dir, 'child.mjs'),
  });
  await build({
    ...common,
    entryPoints: [path.join(repoRoot, 'electron/main/services/export/images/photo-worker/photo-worker.ts')],
    outfile: path.join(dir, 'photo-worker.mjs'),
  });
  return { child: path.join(dir, 'child.mjs'), photoWorker: path.join(dir, 'photo-worker.mjs'), dir };
}

/**
 * Runs the child with `args` (see hostile-child.ts) and collects its results. A child that
 * prints nothing for `silenceMs` is killed and reported as hung; one that dies is reported with
 * the case it was running. Never rejects: the caller asserts on the run.
 */
export function runHostileChild(
  built: { child: string; photoWorker: string },
  args: string[],
  silenceMs = 60_000,
): Promise<ChildRun> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--expose-gc', built.child, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, RIPOTI_PHOTO_WORKER: built.photoWorker },
    });
    const results: CaseResult[] = [];
    let running: { index: number; label: string } | null = null;
    let buffered = '';
    let stderr = '';
    let hung = false;
    let watchdog = setTimeout(() => kill(), silenceMs);
    const kill = () => {
      hung = true;
      child.kill('SIGKILL');
    };
    child.stderr.on(
      'data',
      (chunk: Buffer) => (stderr += chunk.toString()).length > 20_000 && (stderr = stderr.slice(-20_000)),
    );
    child.stdout.on('data', (chunk: Buffer) => {
      clearTimeout(watchdog);
      watchdog = setTimeout(() => kill(), silenceMs);
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const start = /^start (\d+) (.*)$/.exec(line);
        if (start) running = { index: Number(start[1]), label: JSON.parse(start[2] ?? '""') as string };
        else if (line.startsWith('{')) {
          results.push(JSON.parse(line) as CaseResult);
          running = null;
        }
      }
    });
    child.on('close', (exitCode, signal) => {
      clearTimeout(watchdog);
      resolve({
        results,
        diedDuring: running,
        exitCode,
        signal,
        hung,
        stderr,
        wallMs: Math.round(performance.now() - started),
      });
    });
  });
}

/** Writes the cases for `cases` mode. */
export async function writeCases(dir: string, cases: readonly HostileCase[]): Promise<string> {
  const file = path.join(dir, `cases-${Date.now()}.json`);
  await writeFile(file, JSON.stringify(cases.map(caseToJson)));
  return file;
}
