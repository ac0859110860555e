import { describe, expect, it } from 'vitest';
import { proposeMapping } from '@/electron/main/services/word-import/map/propose-mapping';
import { readWordDocument } from '@/electron/main/services/word-import/read/read-word-document';
import { bundledFramework } from '@/shared/framework/load';
import { minimalDocx, paragraph } from '../support/docx-parts';

const framework = bundledFramework();

async function mapped(body: string) {
  return proposeMapping(await readWordDocument(minimalDocx(body)), framework);
}

const cell = (text: string) => `<w:tc><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
const table = (rows: string[][]) =>
  `<w:tbl>${rows.map((row) => `<w:tr>${row.map(cell).join('')}</w:tr>`).join('')}</w:tbl>`;

describe('proposing where each part of a Word report goes', () => {
  it('splits at bold lines when the report has no heading styles, after a cover of bold lines', async () => {
    const { parts } = await mapped(
      [
        paragraph('Garissa County', { bold: true }),
        paragraph('Learning city report 2022'),
        paragraph('2.1.1 Access to early childhood care and education', { bold: true }),
        paragraph('Ninety ECDE centres opened.'),
        paragraph('Challenges', { bold: true }),
        paragraph('Drought closed twelve centres.'),
        paragraph('Upatikanaji wa elimu kuanzia shule ya msingi hadi elimu ya juu', { bold: true }),
        paragraph('Shule mpya tatu zilijengwa.'),
      ].join(''),
    );
    expect(parts.map((part) => [part.view.heading, part.view.proposed, part.view.reason])).toEqual([
      ['', { kind: 'skip' }, 'front-matter'],
      [
        '2.1.1 Access to early childhood care and education',
        { kind: 'feature', featureId: '2.1.1', field: 'auto' },
        'number-and-title',
      ],
      ['Challenges', { kind: 'feature', featureId: '2.1.1', field: 'challenges' }, 'field-label'],
      [
        'Upatikanaji wa elimu kuanzia shule ya msingi hadi elimu ya juu',
        { kind: 'feature', featureId: '2.1.2', field: 'auto' },
        'title-exact',
      ],
    ]);
    expect(parts[2]?.view.parentId).toBe('p2');
  });

  it('reads field labels inside a part, in any of the three languages, and "Label: text" lines', async () => {
    const { parts } = await mapped(
      [
        paragraph('2.2.4 Recognition of local history', { style: 'Heading2' }),
        paragraph('Oral history project in Malindi.'),
        paragraph('Changamoto'),
        paragraph('Fedha kidogo.'),
        paragraph('Défis :'),
        paragraph('Peu de bénévoles.'),
        paragraph('Next steps: record elders in every ward.'),
      ].join(''),
    );
    const feature = parts.find((part) => part.view.proposed.kind === 'feature');
    expect(feature?.content.byField).toEqual({
      narrative: 'Oral history project in Malindi.',
      challenges: 'Fedha kidogo.\n\nPeu de bénévoles.',
      nextSteps: 'record elders in every ward.',
    });
    expect(feature?.view.fields).toEqual(['narrative', 'challenges', 'nextSteps']);
  });

  it('turns a measures table into rows, keeps any other table as text, and reads the profile table', async () => {
    const { parts } = await mapped(
      [
        paragraph('City profile', { style: 'Heading1' }),
        table([
          ['County', 'Laikipia'],
          ['Population', '518,560'],
        ]),
        paragraph('1.1.1 Every citizen can become literate and gain basic skills', { style: 'Heading3' }),
        table([
          ['Indicator', 'Unit', 'Baseline', 'Achieved', 'Target', 'Comments'],
          ['Adult literacy rate', '%', '61', '68', '75', 'KNBS'],
          ['', '', '', '', '', ''],
        ]),
        table([
          ['Ward', 'Centres'],
          ['Nanyuki', '4'],
        ]),
      ].join(''),
    );
    expect(parts[0]?.view.proposed).toEqual({ kind: 'profile' });
    expect(parts[0]?.content.profile).toEqual({ county: 'Laikipia', population: '518,560' });
    const feature = parts[1]?.content;
    expect(feature?.measures).toEqual([
      { indicator: 'Adult literacy rate', unit: '%', baseline: '61', current: '68', target: '75', source: '' },
    ]);
    expect(feature?.byField.narrative).toBe('Ward | Centres\nNanyuki | 4');
  });

  it('keeps what it cannot place for the annex, and skips Ripoti’s own generated parts', async () => {
    const { parts } = await mapped(
      [
        paragraph('Completeness by area', { style: 'Heading1' }),
        table([
          ['Area', 'Status'],
          ['1.1', 'Complete'],
        ]),
        paragraph('Acknowledgements', { style: 'Heading1' }),
        paragraph('We thank the county assembly.'),
        paragraph('2 Major building blocks of a learning city', { style: 'Heading1' }),
      ].join(''),
    );
    expect(parts.map((part) => [part.view.proposed.kind, part.view.reason])).toEqual([
      ['skip', 'generated'],
      ['annex', 'not-recognised'],
      ['skip', 'structure'],
    ]);
  });

  it('does not take a sentence that starts with a number for a heading', async () => {
    const { parts } = await mapped(
      [
        paragraph('2.1.2 Access to education from primary to tertiary level', { style: 'Heading3' }),
        paragraph('2.1 million pupils were enrolled in 2025.'),
        paragraph('3 new schools.'),
      ].join(''),
    );
    expect(parts).toHaveLength(1);
    expect(parts[0]?.content.byField.narrative).toBe('2.1 million pupils were enrolled in 2025.\n\n3 new schools.');
  });
});
