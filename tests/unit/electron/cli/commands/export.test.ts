import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import mammoth from 'mammoth';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '@/electron/cli/run-cli';
import type { Report } from '@/shared/report/schema';

function capture(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (line: string) => out.push(line), err: (line: string) => err.push(line), cwd }, out, err };
}

describe('report -- example and export', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'ripoti-cli-export-'));
  });
  afterEach(() => rm(folder, { recursive: true, force: true }));

  it('writes the example as .docx and as a JSON draft with its photos, which export turns into a final .docx', async () => {
    const example = capture(folder);
    expect(
      await runCli(['example', '--out', 'example.docx', '--json', 'draft/example.json', '--photos', '3'], example.io),
    ).toBe(0);
    expect(example.out.join('\n')).toMatch(/Wrote .*example\.docx \(\d+ KB\) in \d+ ms/);
    expect(await readdir(path.join(folder, 'draft', 'attachments'))).toHaveLength(3);

    // The example is a report an officer could send: it exports as final with nothing to confirm.
    const sendable = capture(folder);
    expect(
      await runCli(
        ['export', 'draft/example.json', '--out', 'sendable.docx', '--final', '--attachments', 'draft/attachments'],
        sendable.io,
      ),
    ).toBe(0);
    expect(sendable.err).toEqual([]);

    // A narrative over its limit and a population with a note: the final check names both, and
    // the export goes ahead once each kind is confirmed.
    const draftPath = path.join(folder, 'draft', 'example.json');
    const draft = JSON.parse(await readFile(draftPath, 'utf8')) as Report;
    const first = draft.sections['1.1.1'];
    if (!first) throw new Error('the example has no 1.1.1');
    first.narrative = `${first.narrative}\n\n${'More words about the learning festival. '.repeat(20)}`;
    draft.profile.population = '1,453,787 (2019 census)';
    await writeFile(draftPath, JSON.stringify(draft));
    const refused = capture(folder);
    expect(
      await runCli(
        ['export', 'draft/example.json', '--out', 'final.docx', '--final', '--areas', '1.1,1.2'],
        refused.io,
      ),
    ).toBe(1);
    expect(refused.err.join('\n')).toMatch(
      /still fails the check: over-limit \(1: sections\.1\.1\.1\.narrative\); not-a-number \(1: profile\.population\)/,
    );
    const bad = capture(folder);
    expect(
      await runCli(
        ['export', 'draft/example.json', '--out', 'final.docx', '--final', '--confirm', 'over-limit,typos'],
        bad.io,
      ),
    ).toBe(1);
    expect(bad.err.join('\n')).toMatch(/--confirm takes all or a list of: profile, unanswered, .* \(not typos\)/);
    const exported = capture(folder);
    expect(
      await runCli(
        [
          'export',
          'draft/example.json',
          '--out',
          'final.docx',
          '--final',
          '--confirm',
          'over-limit,not-a-number',
          '--paper',
          'letter',
          '--areas',
          '1.1,1.2',
        ],
        exported.io,
      ),
    ).toBe(0);
    expect(exported.err).toEqual([]);
    const html = (await mammoth.convertToHtml({ path: path.join(folder, 'final.docx') })).value;
    expect(html).toContain('1.2.4');
    expect(html).not.toContain('1.3.1');
    expect((await stat(path.join(folder, 'example.docx'))).size).toBeGreaterThan(20_000);
  });

  it('names photos it could not find, and refuses bad options in plain words', async () => {
    expect(await runCli(['example', '--json', 'd.json', '--photos', '2'], capture(folder).io)).toBe(0);
    await rm(path.join(folder, 'attachments'), { recursive: true });
    const missing = capture(folder);
    expect(await runCli(['export', 'd.json', '--out', 'r.docx'], missing.io)).toBe(0);
    expect(missing.err).toHaveLength(2);
    expect(missing.err[0]).toMatch(/^Warning: The photo "photo-01\.png" was left out: it is not in /);

    const bad = capture(folder);
    expect(await runCli(['export', 'd.json', '--out', 'r.docx', '--paper', 'a3'], bad.io)).toBe(1);
    expect(bad.err[0]).toBe('Error: --paper must be one of a4, letter');
    expect(await runCli(['export', 'nothing.json', '--out', 'r.docx'], bad.io)).toBe(1);
    expect(bad.err.at(-1)).toMatch(/^Error: No file at /);
  });
});
