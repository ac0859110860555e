import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '@/electron/cli/run-cli';
import { bundledFramework } from '@/shared/framework/load';
import { createReport } from '@/shared/report/create';

function capture(cwd = process.cwd()) {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (line: string) => out.push(line), err: (line: string) => err.push(line), cwd }, out, err };
}

describe('the ripoti CLI', () => {
  it('lists the 3 tiers and 12 areas of the framework', async () => {
    const { io, out } = capture();
    expect(await runCli(['areas'], io)).toBe(0);
    expect(out.filter((line) => /^ {2}\d\.\d /.test(line))).toHaveLength(12);
    expect(out.filter((line) => /^\d /.test(line))).toHaveLength(3);
  });

  it('validates a good draft and explains a bad one field by field', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'ripoti-cli-'));
    const good = createReport(bundledFramework(), {
      id: '3f1c2b9e-8d4a-4c1e-9b2f-1a2b3c4d5e6f',
      now: '2026-11-23T09:00:00.000Z',
    });
    await writeFile(path.join(folder, 'good.json'), JSON.stringify(good));
    await writeFile(
      path.join(folder, 'bad.json'),
      JSON.stringify({ ...good, language: 'de', period: { startMonth: '2024-13' } }),
    );
    await writeFile(path.join(folder, 'broken.json'), '{"id": ');

    const ok = capture(folder);
    expect(await runCli(['validate', 'good.json'], ok.io)).toBe(0);
    expect(ok.out.join('\n')).toContain('valid report');

    const bad = capture(folder);
    expect(await runCli(['validate', 'bad.json'], bad.io)).toBe(1);
    expect(bad.err.join('\n')).toMatch(/at language/);
    expect(bad.err.join('\n')).toMatch(/at period\.startMonth/);

    const broken = capture(folder);
    expect(await runCli(['validate', 'broken.json'], broken.io)).toBe(1);
    expect(broken.err.join('\n')).toMatch(/not valid JSON/);

    const missing = capture(folder);
    expect(await runCli(['validate', 'nope.json'], missing.io)).toBe(1);
    expect(missing.err.join('\n')).toMatch(/No file at/);
  });

  it('answers an unknown command or bad option with usage and exit code 2', async () => {
    const unknown = capture();
    expect(await runCli(['frobnicate'], unknown.io)).toBe(2);
    expect(unknown.err.join('\n')).toContain('Unknown command');
    const badOption = capture();
    expect(await runCli(['areas', '--colour'], badOption.io)).toBe(2);
  });
});
