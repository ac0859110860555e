import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DraftStore } from '../../electron/main/services/drafts/draft-store';
import { runPython } from '../integration/word-import/support/external-tools';
import { AxeAudit } from './a11y/axe-audit';
import { expect, test } from './harness/fixtures';

const period = { startMonth: '2024-04', endMonth: '2026-09', dueDate: '2026-12-31' };

test('a questionnaire goes to Education and comes back: answers in place, a conflict resolved, History and Export say so', async ({
  app,
  backend,
}) => {
  test.setTimeout(180_000);
  const report = await backend.services.reports.create({ title: 'Kilifi 2024–2026', county: 'Kilifi', period });
  const sections = (await backend.services.reports.get(report.id)).sections;
  const early = sections['2.1.1'];
  if (!early) throw new Error('no Key Feature 2.1.1');
  await backend.services.reports.updateSection(report.id, '2.1.1', {
    ...early,
    status: 'in-progress',
    narrative: 'Forty ECDE centres.',
    challenges: 'Drought.',
  });
  const areaUrl = `${new URL(app.url()).origin}/index.html#/reports/${report.id}/2.1`;
  await app.goto(areaUrl);

  // Ask: department, date, one Key Feature, the default questions; the .docx downloads.
  await app.getByRole('button', { name: 'Ask a department…' }).click();
  const ask = app.getByRole('region', { name: 'Ask a department' });
  const audit = new AxeAudit();
  await audit.check(app, 'Ask a department');
  await ask.getByLabel('Department').fill('Education');
  await ask.getByRole('checkbox', { name: /^2\.1\.1 Access to early childhood/ }).check();
  const download = app.waitForEvent('download');
  await ask.getByRole('button', { name: 'Write the questionnaire' }).click();
  const questionnaire = path.join(backend.dataDir, 'Kilifi-questions-Education.docx');
  await (await download).saveAs(questionnaire);
  await expect(ask.getByRole('status')).toHaveText(
    'The questionnaire for Education was saved as Kilifi-questions-Education.docx.',
  );

  // Meanwhile the officer rewrites the narrative here.
  await app.locator('#field-sections-2-1-1-narrative').fill('Forty-two ECDE centres, two of them new.');
  await expect(app.getByTestId('save-status')).toHaveText(/^Saved \d/);

  // The department answers in Word (python-docx here): the narrative too, and the challenges.
  const instructions = path.join(backend.dataDir, 'answers.json');
  await writeFile(
    instructions,
    JSON.stringify([
      { op: 'replace', ref: '2.1.1/narrative', paragraphs: ['Education: 45 ECDE centres.'] },
      { op: 'replace', ref: '2.1.1/challenges', paragraphs: ['Drought closed five centres.'] },
    ]),
  );
  const answered = path.join(backend.dataDir, 'answers-from-education.docx');
  await runPython('../../questionnaires/support/answer_with_python_docx.py', [questionnaire, answered, instructions]);

  await app.getByRole('button', { name: 'Import answers…' }).click();
  await app.getByLabel('Choose the department’s answers (.docx)').setInputFiles(answered);
  await expect(app.getByRole('status').filter({ hasText: 'Answers from Education, received' })).toContainText(
    '1 fields updated, 1 unchanged, 1 in conflict.',
  );
  await expect(app.locator('#field-sections-2-1-1-challenges')).toHaveValue('Drought closed five centres.');
  await expect(app.locator('#field-sections-2-1-1-narrative')).toHaveValue('Forty-two ECDE centres, two of them new.');

  // The conflict, in the Sync screen's conflict card with the questionnaire's words.
  const conflicts = app.getByRole('region', { name: '1 answer conflicts with a change made here' });
  const card = conflicts.getByTestId('sync-conflict');
  // Each side marks the words it changed since the version sent (<ins>, <del>).
  await expect(card.getByRole('region', { name: 'The department’s answer' }).locator('ins')).toContainText([
    'Education: 45',
  ]);
  await expect(card.getByRole('region', { name: 'Mine (the report now)' }).locator('ins')).toContainText([
    'Forty-two',
    'centres, two of them new.',
  ]);
  await expect(card.getByRole('region', { name: 'As sent in the questionnaire' })).toContainText('Forty ECDE centres.');
  await audit.check(app, 'Answers imported, one conflict');
  await card.getByRole('button', { name: 'Keep theirs' }).click();
  await expect(conflicts).toHaveCount(0);
  await expect(app.locator('#field-sections-2-1-1-narrative')).toHaveValue('Education: 45 ECDE centres.');

  await app.getByRole('link', { name: 'History' }).click();
  await expect(app.getByRole('cell', { name: /^Answers from Education, received / })).toBeVisible();
  await app.getByRole('link', { name: 'Export', exact: true }).click();
  const log = app.getByRole('region', { name: 'Questionnaires' });
  await expect(log.getByRole('rowheader', { name: 'Education' })).toBeVisible();
  await expect(log.getByRole('row', { name: /Education/ })).toContainText('(1 updated, 1 in conflict)');
  await expect(log.getByRole('row', { name: /Education/ })).toContainText(
    '3 questions: 2.1.1 What the city achieved, 2.1.1 Challenges, 2.1.1 Measures table',
  );
  await audit.check(app, 'Export step with the questionnaires sent');
  audit.finish('Questionnaires');

  await app.goto(areaUrl);
  await app.reload();
  await expect(app.locator('#field-sections-2-1-1-narrative')).toHaveValue('Education: 45 ECDE centres.');
  await expect(app.locator('#field-sections-2-1-1-challenges')).toHaveValue('Drought closed five centres.');
  const stored = await (await DraftStore.open(backend.dataDir)).get(report.id);
  expect(stored.sections['2.1.1']).toMatchObject({
    narrative: 'Education: 45 ECDE centres.',
    challenges: 'Drought closed five centres.',
  });
  expect(await backend.services.questionnaires?.conflicts(report.id)).toEqual([]);
});
