import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '@/electron/cli/io';
import { runCli } from '@/electron/cli/run-cli';
import { DraftStore } from '@/electron/main/services/drafts/draft-store';
import { sampleReport, tempDataDir } from '../../unit/electron/main/services/drafts/sample-report';

function captureIo(cwd: string): CliIo & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { cwd, lines, errors, out: (line) => lines.push(line), err: (line) => errors.push(line) };
}

describe('CLI: export-draft, import, history, restore', () => {
  it('moves a draft between two data folders and refuses to overwrite or accept a tampered file', async () => {
    const work = await tempDataDir();
    const source = path.join(work, 'laptop-a');
    const target = path.join(work, 'laptop-b');
    const report = sampleReport('Nyeri');
    await (await DraftStore.open(source)).put(report);
    const io = captureIo(work);

    expect(await runCli(['export-draft', report.id, '--out', 'nyeri.ripoti', '--data', source], io)).toBe(0);
    expect(await runCli(['import', 'nyeri.ripoti', '--data', target], io)).toBe(0);
    expect(io.lines.at(-1)).toBe(`Imported report ${report.id}`);
    expect(await runCli(['import', 'nyeri.ripoti', '--data', target], io)).toBe(1);
    expect(io.errors.join('\n')).toMatch(/already exists here; nothing was changed/);
    expect(await runCli(['import', 'nyeri.ripoti', '--as-copy', '--data', target], io)).toBe(0);
    expect(await (await DraftStore.open(target)).list()).toHaveLength(2);

    const file = path.join(work, 'nyeri.ripoti');
    await writeFile(path.join(work, 'tampered.ripoti'), (await readFile(file, 'utf8')).replace('Nyeri', 'Nyerj'));
    expect(await runCli(['import', 'tampered.ripoti', '--data', target], io)).toBe(1);
    expect(io.errors.at(-1)).toMatch(/checksum does not match/);
  });

  it('lists history and restores a version, undoably', async () => {
    const dataDir = await tempDataDir();
    const report = sampleReport('Kitui');
    await (await DraftStore.open(dataDir)).put(report);
    const io = captureIo(dataDir);
    // Replacing by import snapshots the current state first: that gives the history one entry.
    expect(await runCli(['export-draft', report.id, '--out', 'k.ripoti', '--data', dataDir], io)).toBe(0);
    expect(await runCli(['import', 'k.ripoti', '--replace', '--data', dataDir], io)).toBe(0);
    io.lines.length = 0;
    expect(await runCli(['history', report.id, '--data', dataDir], io)).toBe(0);
    expect(io.lines).toHaveLength(1);
    const versionId = io.lines[0]?.split(' ')[0] ?? '';
    expect(io.lines[0]).toMatch(/before-replace/);
    expect(await runCli(['restore', report.id, versionId, '--data', dataDir], io)).toBe(0);
    expect(io.lines.at(-1)).toMatch(/Restored "Kitui"/);
    expect(await runCli(['restore', report.id, '2020-01-01T00-00-00-000Z-manual', '--data', dataDir], io)).toBe(1);
  });
});
