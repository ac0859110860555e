import { describe, expect, it } from 'vitest';
import { answerRefLine } from '@/electron/main/services/questionnaires/questionnaire-ids';
import type { QuestionnaireRecord } from '@/electron/main/services/questionnaires/questionnaire-store';
import { readAnswers } from '@/electron/main/services/questionnaires/read-answers';
import type { WordBlock, WordParagraph } from '@/electron/main/services/word-import/read/word-blocks';

function paragraph(text: string): WordParagraph {
  return {
    kind: 'paragraph',
    text,
    styleName: null,
    headingLevel: null,
    bold: false,
    list: null,
    role: 'body',
    bookmarks: [],
    pictures: [],
  };
}

const record: QuestionnaireRecord = {
  id: '0b7c2a52-6f0e-4c43-9d0e-1f2a3b4c5d6e',
  reportId: '3f1e2d4c-5b6a-4789-9abc-def012345678',
  department: 'Éducation',
  dueDate: '2026-12-01',
  language: 'fr',
  sentAt: '2026-11-01T08:00:00.000Z',
  questions: [{ featureId: '1.1.1', field: 'challenges', index: 0, base: '' }],
  returns: [],
};

function returned(note: string): WordBlock[] {
  const box: WordBlock = { kind: 'table', rows: [[{ blocks: [paragraph('Le budget est arrivé tard.')] }]] };
  return [paragraph(answerRefLine('1.1.1', 'challenges')), paragraph(note), box];
}

describe('readAnswers', () => {
  it('reads the box past our grey note, with or without the French no-break spaces', () => {
    // A questionnaire sent before the typography fix has ordinary spaces before ";" in its note.
    for (const note of [
      'Mettez à jour les chiffres du tableau\u00a0; ajoutez une ligne par nouvel indicateur. Gardez les numéros de la première colonne.',
      'Mettez à jour les chiffres du tableau ; ajoutez une ligne par nouvel indicateur. Gardez les numéros de la première colonne.',
    ]) {
      const [answer] = readAnswers({ blocks: returned(note), properties: {}, trackedChanges: 0, comments: 0 }, record);
      expect(answer).toMatchObject({ found: true, text: 'Le budget est arrivé tard.' });
    }
  });
});
