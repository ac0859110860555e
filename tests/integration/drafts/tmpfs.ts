import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A real small file system for disk-full and read-only tests; needs root (as in CI here). */
export interface Tmpfs {
  readonly dir: string;
  remount(options: string): void;
  unmount(): void;
}

export function mountTmpfs(size: string): { ok: true; fs: Tmpfs } | { ok: false; reason: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'ripoti-tmpfs-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'pipe' });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    const detail = error instanceof Error && 'stderr' in error ? String(error.stderr).trim() : String(error);
    return { ok: false, reason: `cannot mount a tmpfs here (${detail || 'not root?'})` };
  }
  return {
    ok: true,
    fs: {
      dir,
      remount: (options) => execFileSync('mount', ['-o', `remount,${options}`, dir], { stdio: 'pipe' }),
      unmount: () => {
        execFileSync('umount', [dir], { stdio: 'pipe' });
        rmSync(dir, { recursive: true, force: true });
      },
    },
  };
}
