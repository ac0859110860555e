import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDraftsForCli } from '@/electron/cli/open-drafts';
import { runCli } from '@/electron/cli/run-cli';
import { bundledFramework } from '@/shared/framework/load';
import { createReport } from '@/shared/report/create';
import { framework2016 } from '@/tests/fixtures/frameworks/national';

function capture(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (line: string) => out.push(line), err: (line: string) => err.push(line), cwd }, out, err };
}

describe('report -- framework show | check | import', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'ripoti-cli-framework-'));
    await writeFile(path.join(folder, 'q2016.json'), JSON.stringify(framework2016()));
    const { profile: _dropped, ...noProfile } = framework2016();
    await writeFile(path.join(folder, 'no-profile.json'), JSON.stringify(noProfile));
  });
  afterEach(() => rm(folder, { recursive: true, force: true }));

  /** A draft in the data folder with text under a Key Feature the 2016 file renames (1.2.4) and one it removes (3.3.3). */
  async function draftInDataFolder(): Promise<string> {
    const { store } = await openDraftsForCli('data', capture(folder).io);
    const report = createReport(bundledFramework(), {
      id: crypto.randomUUID(),
      now: '2026-11-23T09:00:00.000Z',
      county: 'Kilifi',
      title: 'Kilifi 2026',
    });
    for (const [id, narrative] of [
      ['1.2.4', 'Cultural festival with 40 stalls.'],
      ['3.3.3', 'Bursaries for 300 adult learners.'],
    ] as const) {
      const section = report.sections[id];
      if (!section) throw new Error(`no ${id}`);
      report.sections[id] = { ...section, narrative, status: 'in-progress' };
    }
    await store.put(report);
    return report.id;
  }

  const show = async () => {
    const shown = capture(folder);
    expect(await runCli(['framework', 'show', '--data', 'data'], shown.io)).toBe(0);
    return shown.out.join('\n');
  };

  it('shows the bundled questions, names its source edition and says paraphrase', async () => {
    expect(await show()).toMatch(
      new RegExp(
        `version ${bundledFramework().version} \\(paraphrase of Key Features of Learning Cities[\\s\\S]*43 Key Features, \\d+ profile questions`,
      ),
    );
  });

  it('checks a file for the national office: what changes, or a refusal that says why', async () => {
    const good = capture(folder);
    expect(await runCli(['framework', 'check', 'q2016.json', '--data', 'data'], good.io)).toBe(0);
    expect(good.out.join('\n')).toMatch(
      /renamed +1\.2\.4 → 1\.2\.5[\s\S]*OK: version 2016-paraphrase-test can be published\./,
    );
    const bad = capture(folder);
    expect(await runCli(['framework', 'check', 'no-profile.json', '--data', 'data'], bad.io)).toBe(1);
    expect(bad.err.join('\n')).toMatch(/^Refused: .*profile/);
  });

  it('imports only with --accept, after saying what each draft gains and loses; the drafts keep every text', async () => {
    const reportId = await draftInDataFolder();
    const dry = capture(folder);
    expect(await runCli(['framework', 'import', 'q2016.json', '--data', 'data'], dry.io)).toBe(0);
    expect(dry.out.join('\n')).toMatch(
      /Draft "Kilifi 2026": text moves 1\.2\.4 → 1\.2\.5.*; archived: 3\.3\.3[\s\S]*Nothing changed\./,
    );
    expect(await show()).toContain(`version ${bundledFramework().version} `);

    const accepted = capture(folder);
    expect(await runCli(['framework', 'import', 'q2016.json', '--accept', '--data', 'data'], accepted.io)).toBe(0);
    expect(accepted.out.at(-1)).toBe(
      'Now using version 2016-paraphrase-test; 1 drafts re-filed (a snapshot of each is in its History).',
    );
    expect(await show()).toContain('version 2016-paraphrase-test ');
    const report = await (await openDraftsForCli('data', capture(folder).io)).store.get(reportId);
    expect(report.sections['1.2.5']?.narrative).toBe('Cultural festival with 40 stalls.');
    expect(report.archivedSections.map((archived) => [archived.featureId, archived.section.narrative])).toEqual([
      ['3.3.3', 'Bursaries for 300 adult learners.'],
    ]);

    const malformed = capture(folder);
    expect(await runCli(['framework', 'import', 'no-profile.json', '--accept', '--data', 'data'], malformed.io)).toBe(
      1,
    );
    expect(malformed.err.join('\n')).toMatch(/^Refused: /);
    expect(await show()).toContain('version 2016-paraphrase-test ');
  });
});
