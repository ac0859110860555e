import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '@/electron/cli/io';
import { runCli } from '@/electron/cli/run-cli';
import { DraftStore } from '@/electron/main/services/drafts/draft-store';
import { buildDocx } from '@/electron/main/services/export/build-docx';
import { exampleReport } from '@/electron/main/services/export/example/example-report';
import { bundledFramework } from '@/shared/framework/load';
import { defaultExportOptions } from '@/shared/ipc/channels/export';
import { createReport, emptySection } from '@/shared/report/create';
import { openImportWorld, type ImportWorld } from './support/import-world';

function captureIo(cwd: string): CliIo & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { cwd, lines, errors, out: (line) => lines.push(line), err: (line) => errors.push(line) };
}

describe('CLI: import-word', () => {
  let world: ImportWorld;
  let dataDir: string;
  const framework = bundledFramework();

  beforeAll(async () => {
    world = await openImportWorld();
    dataDir = path.join(world.dir, 'data');
    const example = exampleReport(framework, { photoCount: 2 });
    const photos = new Map([...example.photos].map(([id, bytes]) => [id, { name: id, bytes }]));
    await writeFile(
      path.join(world.dir, 'kilifi.docx'),
      (
        await buildDocx({
          report: example.report,
          framework,
          options: defaultExportOptions,
          photos,
          exportedAt: '2026-11-01T09:00:00.000Z',
        })
      ).bytes,
    );
  });
  afterAll(() => world.dispose());

  it('prints the mapping and writes nothing with --dry-run', async () => {
    const io = captureIo(world.dir);
    expect(await runCli(['import-word', 'kilifi.docx', '--dry-run', '--data', dataDir], io)).toBe(0);
    expect(io.lines).toContainEqual(
      expect.stringMatching(/^p6 +Key Feature 1\.1\.1 +number-and-title +\d+ words +1\.1\.1 Every citizen/),
    );
    expect(io.lines.at(-2)).toMatch(/^61 parts; 43 Key Features found; read and mapped in \d+ ms\.$/);
    expect(io.lines.at(-1)).toBe('Dry run: nothing was written.');
    expect(await (await DraftStore.open(dataDir)).list()).toEqual([]);
  });

  it('imports into an open report keeping its text, and says how to undo with restore', async () => {
    const store = await DraftStore.open(dataDir);
    const open = createReport(framework, {
      id: '0b9a7c1e-2f3d-4a5b-8c6d-7e8f9a0b1c2d',
      now: new Date().toISOString(),
      title: 'Kilifi 2026–2028',
    });
    open.sections['1.1.1'] = { ...emptySection(open.createdAt), narrative: 'Already written.' };
    await store.put(open);
    const io = captureIo(world.dir);
    expect(await runCli(['import-word', 'kilifi.docx', '--into', open.id, '--data', dataDir], io)).toBe(0);
    expect(io.lines.at(-2)).toMatch(
      new RegExp(
        `^Imported into report ${open.id}: 43 Key Features changed, 0 parts kept in the annex, 2 photos added\\.$`,
      ),
    );
    const reopened = await DraftStore.open(dataDir);
    const imported = await reopened.get(open.id);
    expect(imported.sections['1.1.1']?.narrative).toBe('Already written.');
    expect(imported.sections['1.1.2']?.narrative).toMatch(/^Under the heading/);
    const undo = /restore (\S+) (\S+)$/.exec(io.lines.at(-1) ?? '');
    expect(await runCli(['restore', undo?.[1] ?? '', undo?.[2] ?? '', '--data', dataDir], io)).toBe(0);
    expect((await (await DraftStore.open(dataDir)).get(open.id)).sections['1.1.2']?.narrative).toBe('');
  });

  it('refuses a file that is not a Word document with exit code 1 and a plain message', async () => {
    await writeFile(path.join(world.dir, 'notes.docx'), 'just text, renamed');
    const io = captureIo(world.dir);
    expect(await runCli(['import-word', 'notes.docx', '--data', dataDir], io)).toBe(1);
    expect(io.errors).toEqual(['Error: This file is not a Word document (.docx): it is not a zip package.']);
  });
});
