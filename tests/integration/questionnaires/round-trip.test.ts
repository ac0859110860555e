import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleReport } from '@/electron/main/services/export/example/example-report';
import { bundledFramework } from '@/shared/framework/load';
import type { AnswersOutcome, QuestionRef } from '@/shared/ipc/channels/questionnaires';
import type { Report, Section } from '@/shared/report/schema';
import { libreOfficeToDocx, runPython } from '../word-import/support/external-tools';
import { openImportWorld, solidPng, type ImportWorld } from '../word-import/support/import-world';
import { minimalDocx, paragraph } from '../../unit/electron/main/services/word-import/support/docx-parts';

const framework = bundledFramework();
const ASKED: QuestionRef[] = [
  { featureId: '2.1.1', field: 'narrative' },
  { featureId: '2.1.1', field: 'challenges' },
  { featureId: '2.1.1', field: 'measures' },
  { featureId: '2.1.3', field: 'nextSteps' },
  { featureId: '2.1.3', field: 'goodPractice' },
];

describe('a questionnaire goes to a department and comes back', () => {
  let world: ImportWorld;
  let report: Report;
  let resaved: string;

  /** The department's edits with python-docx, on the questionnaire as LibreOffice re-saved it. */
  async function answer(instructions: unknown[], name: string, from = resaved): Promise<string> {
    const out = path.join(world.dir, `${name}.docx`);
    const steps = path.join(world.dir, `${name}.json`);
    await writeFile(steps, JSON.stringify(instructions));
    await runPython('../../questionnaires/support/answer_with_python_docx.py', [from, out, steps]);
    return out;
  }

  /** A new questionnaire from the report as it is now (python-docx edits it as written, no LibreOffice pass). */
  async function send(department: string, asked: QuestionRef[]): Promise<{ questionnaireId: string; file: string }> {
    const created = await world.questionnaires.create(report.id, department, '2026-12-15', asked);
    const file = path.join(world.dir, `${department}-${created.questionnaireId}.docx`);
    await writeFile(file, created.bytes);
    return { questionnaireId: created.questionnaireId, file };
  }

  async function importAnswers(file: string): Promise<AnswersOutcome> {
    const result = await world.questionnaires.importAnswers(path.basename(file), await readFile(file));
    if (result.status !== 'imported') throw new Error(`${result.status}: ${result.message}`);
    return result.outcome;
  }

  beforeAll(async () => {
    world = await openImportWorld();
    const example = exampleReport(framework, { photoCount: 0 });
    // 2.1.3 has no good practice yet: the department writes the first one.
    report = example.report;
    const adult = report.sections['2.1.3'];
    if (adult) adult.goodPractice = '';
    await world.drafts.store.put(report);
    const created = await world.questionnaires.create(report.id, 'Education', '2026-12-01', ASKED);
    const file = path.join(world.dir, created.fileName);
    await writeFile(file, created.bytes);
    [resaved] = (await libreOfficeToDocx([file], path.join(world.dir, 'lo'))) as [string];
  }, 240_000);
  afterAll(() => world.dispose());

  it('comes back unchanged from LibreOffice: every answer area found, nothing changed', async () => {
    const outcome = await importAnswers(resaved);
    expect(outcome).toMatchObject({ department: 'Education', changed: [], conflicts: [], notFound: [] });
    expect(outcome.unchanged).toHaveLength(ASKED.length);
    expect(await world.drafts.store.get(report.id)).toEqual(report);
  });

  it('maps typed answers, an inserted table and photo, a measures update and tracked changes exactly', async () => {
    const photo = path.join(world.dir, 'centre.png');
    await writeFile(photo, solidPng(80, 60, [30, 90, 160]));
    const file = await answer(
      [
        {
          op: 'replace',
          ref: '2.1.1/challenges',
          paragraphs: ['Drought closed five centres.', 'Two facilitators left.'],
        },
        { op: 'append', ref: '2.1.1/narrative', paragraphs: ['In 2026 twelve more centres opened.'] },
        { op: 'picture', ref: '2.1.1/narrative', png: photo, caption: 'Figure 1: New centre in Rabai' },
        {
          op: 'table',
          ref: '2.1.1/narrative',
          rows: [
            ['Indicator', 'Baseline', 'Current', 'Target'],
            ['Centres with toilets', '4', '9', '12'],
          ],
        },
        { op: 'measure', ref: '2.1.1/measures', row: 1, column: 4, value: '999' },
        {
          op: 'new-measure',
          ref: '2.1.1/measures',
          cells: ['', 'Trained ECDE teachers', 'number', '120', '180', '250', 'County HR'],
        },
        { op: 'replace', ref: '2.1.3/goodPractice', paragraphs: ['Evening classes in Mtwapa.'] },
        { op: 'tracked', ref: '2.1.3/goodPractice', delete: ' Morning', insert: ' They run on Tuesdays.' },
        { op: 'comment', ref: '2.1.3/goodPractice', text: 'Is this the right case?' },
      ],
      'answered',
    );
    const before = await world.drafts.store.get(report.id);
    const outcome = await importAnswers(file);
    expect(outcome).toMatchObject({ trackedChanges: 2, comments: 1, conflicts: [], notFound: [], photosAdded: 1 });
    expect(outcome.changed).toEqual([
      { featureId: '2.1.1', field: 'narrative' },
      { featureId: '2.1.1', field: 'challenges' },
      { featureId: '2.1.1', field: 'measures' },
      { featureId: '2.1.3', field: 'goodPractice' },
    ]);
    const after = await world.drafts.store.get(report.id);
    const early = after.sections['2.1.1'];
    expect(early?.challenges).toBe('Drought closed five centres.\n\nTwo facilitators left.');
    expect(early?.narrative).toBe(
      `${before.sections['2.1.1']?.narrative ?? ''}\n\nIn 2026 twelve more centres opened.`,
    );
    expect(early?.evidence.map((evidence) => evidence.caption)).toEqual(['New centre in Rabai']);
    const rows = early?.measures.map((row) => [row.id, row.indicator, row.current]);
    const sentRows = before.sections['2.1.1']?.measures ?? [];
    expect(rows?.[0]).toEqual([sentRows[0]?.id, sentRows[0]?.indicator, '999']);
    expect(rows?.[1]).toEqual([sentRows[1]?.id, sentRows[1]?.indicator, sentRows[1]?.current]);
    expect(rows?.slice(2).map(([, indicator, current]) => [indicator, current])).toEqual([
      ['Trained ECDE teachers', '180'],
      ['Centres with toilets', '9'],
    ]);
    expect(after.sections['2.1.3']?.goodPractice).toBe('Evening classes in Mtwapa. They run on Tuesdays.');
    expect(after.sections['2.1.3']?.nextSteps).toBe(before.sections['2.1.3']?.nextSteps);
    const history = await world.drafts.history.list(report.id);
    expect(history[0]).toMatchObject({
      reason: 'answers',
      source: { kind: 'department', department: 'Education', receivedAt: outcome.receivedAt },
    });
  });

  it('makes a field changed here and by the department a conflict, takes their other changes, keeps the officer’s own', async () => {
    const labour = await send('Labour', [
      { featureId: '2.3.3', field: 'nextSteps' },
      { featureId: '2.3.3', field: 'narrative' },
      { featureId: '2.3.4', field: 'challenges' },
    ]);
    const current = await world.drafts.store.get(report.id);
    const now = new Date().toISOString();
    // Since the questionnaire left, the officer rewrote 2.3.3's next steps and 2.3.4's challenges.
    const edit = (featureId: string, change: Partial<Section>) => {
      const section = current.sections[featureId];
      if (!section) throw new Error(`no section ${featureId}`);
      return world.drafts.store.updateSection(report.id, featureId, { ...section, ...change }, now);
    };
    await edit('2.3.3', { nextSteps: 'Officer: open two colleges.' });
    await edit('2.3.4', { challenges: 'Officer: informal traders move often.' });
    const file = await answer(
      [
        { op: 'replace', ref: '2.3.3/nextSteps', paragraphs: ['Labour: open three colleges.'] },
        { op: 'replace', ref: '2.3.3/narrative', paragraphs: ['Labour: 400 young people trained.'] },
      ],
      'conflicting',
      labour.file,
    );
    const outcome = await importAnswers(file);
    expect(outcome.conflicts).toEqual([{ featureId: '2.3.3', field: 'nextSteps' }]);
    expect(outcome.changed).toEqual([{ featureId: '2.3.3', field: 'narrative' }]);
    expect(outcome.unchanged).toEqual([{ featureId: '2.3.4', field: 'challenges' }]);
    const after = await world.drafts.store.get(report.id);
    expect(after.sections['2.3.3']).toMatchObject({
      nextSteps: 'Officer: open two colleges.',
      narrative: 'Labour: 400 young people trained.',
    });
    expect(after.sections['2.3.4']?.challenges).toBe('Officer: informal traders move often.');

    const [conflict] = await world.questionnaires.conflicts(report.id);
    expect(conflict).toMatchObject({
      path: ['sections', '2.3.3', 'nextSteps'],
      base: current.sections['2.3.3']?.nextSteps,
      mine: 'Officer: open two colleges.',
      theirs: 'Labour: open three colleges.',
      department: 'Labour',
    });
    expect(
      await world.questionnaires.resolve(report.id, labour.questionnaireId, conflict?.key ?? '', { keep: 'theirs' }),
    ).toBe(0);
    expect((await world.drafts.store.get(report.id)).sections['2.3.3']?.nextSteps).toBe('Labour: open three colleges.');
    const summaries = await world.questionnaires.list(report.id);
    expect(summaries.map((summary) => [summary.department, summary.returns.length, summary.pendingConflicts])).toEqual([
      ['Education', 2, 0],
      ['Labour', 1, 0],
    ]);
  });

  it('still maps every answer when the department reorders the pages, or the bookmarks or reference texts are lost', async () => {
    const library = await send('Library', [
      { featureId: '2.6.4', field: 'narrative' },
      { featureId: '2.6.1', field: 'challenges' },
    ]);
    const reordered = await answer(
      [
        { op: 'move-first-feature-to-end' },
        { op: 'replace', ref: '2.6.4/narrative', paragraphs: ['Reordered answer.'] },
      ],
      'reordered',
      library.file,
    );
    expect((await importAnswers(reordered)).changed).toEqual([{ featureId: '2.6.4', field: 'narrative' }]);
    const noBookmarks = await answer(
      [
        { op: 'strip-bookmarks' },
        { op: 'replace', ref: '2.6.1/challenges', paragraphs: ['Found by the visible line.'] },
      ],
      'no-bookmarks',
      library.file,
    );
    expect((await importAnswers(noBookmarks)).changed).toEqual([{ featureId: '2.6.1', field: 'challenges' }]);
    const noText = await answer(
      [
        { op: 'replace', ref: '2.6.1/challenges', paragraphs: ['Found by the bookmark.'] },
        { op: 'drop-ref-line-text', ref: '2.6.1/challenges' },
      ],
      'no-ref-text',
      library.file,
    );
    const outcome = await importAnswers(noText);
    // Against what was sent, both the earlier answer (now in the report) and this one changed it: a conflict, found by the bookmark.
    expect(outcome.conflicts).toEqual([{ featureId: '2.6.1', field: 'challenges' }]);
    const conflicts = await world.questionnaires.conflicts(report.id);
    expect(conflicts.map((conflict) => [conflict.mine, conflict.theirs])).toEqual([
      ['Found by the visible line.', 'Found by the bookmark.'],
    ]);
  });

  it('names an answer area it cannot find instead of guessing, and refuses a Word file that is no questionnaire of this computer', async () => {
    const lost = await answer(
      [{ op: 'strip-bookmarks' }, { op: 'drop-ref-line-text', ref: '2.1.1/narrative' }],
      'lost',
    );
    expect((await importAnswers(lost)).notFound).toEqual([{ featureId: '2.1.1', field: 'narrative' }]);
    const plain = await world.questionnaires.importAnswers(
      'notes.docx',
      minimalDocx(paragraph('Minutes of the meeting')),
    );
    expect(plain).toMatchObject({
      status: 'not-a-questionnaire',
      message: expect.stringMatching(/not a questionnaire written by Ripoti/) as unknown,
    });
    const elsewhere = await openImportWorld();
    try {
      const other = await elsewhere.questionnaires.importAnswers('answers.docx', await readFile(resaved));
      expect(other).toMatchObject({
        status: 'not-a-questionnaire',
        message: expect.stringMatching(/not sent from this computer/) as unknown,
      });
    } finally {
      await elsewhere.dispose();
    }
  });
});
