import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const cli = path.resolve(import.meta.dirname, '../../../electron/cli/main.ts');

describe('report CLI read by a reader that stops early (… | head -1)', () => {
  it('ends quietly with exit code 0 instead of an EPIPE stack trace', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', cli, 'areas', '--features', '--lang', 'fr'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Like head: read the first chunk, then close the pipe while the CLI is still writing.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|at .*\.ts:\d+/);
    expect(code).toBe(0);
  });
});
