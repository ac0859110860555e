// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { useForm } from 'react-hook-form';
import { afterEach, describe, expect, it } from 'vitest';
import type { Language } from '@/shared/language';
import type { Problem } from '@/shared/report/completeness';
import { emptySection } from '@/shared/report/create';
import type { MeasureRow } from '@/shared/report/schema';
import { MeasuresTable } from '@/renderer/src/screens/report/MeasuresTable';
import type { SectionValues } from '@/renderer/src/screens/report/section-form-key';
import { renderIn } from '../../support/render';

const KEY = 'section-1-1-1';

function Measures({
  rows,
  problems = new Map(),
  seen,
}: {
  rows: MeasureRow[];
  problems?: Map<string, Problem>;
  seen: { values?: MeasureRow[] };
}) {
  const { control, register, watch } = useForm<SectionValues>({
    defaultValues: { [KEY]: { ...emptySection('2026-11-23T09:00:00.000Z'), measures: rows } },
  });
  seen.values = watch(`${KEY}.measures`);
  return (
    <MeasuresTable
      featureId="1.1.1"
      formKey={KEY}
      control={control}
      register={register}
      problems={problems}
      suggestions={[{ en: 'Adult literacy rate', fr: 'Taux d’alphabétisation des adultes' }]}
    />
  );
}

const row: MeasureRow = {
  id: 'm1',
  indicator: 'Adult learners enrolled in literacy classes',
  unit: 'people',
  baseline: '850',
  current: '1200',
  target: '2000',
  source: 'County education office',
};

afterEach(cleanup);

async function show(language: Language, rows: MeasureRow[], problems?: Map<string, Problem>) {
  const seen: { values?: MeasureRow[] } = {};
  await renderIn(language, <Measures rows={rows} problems={problems} seen={seen} />);
  return seen;
}

describe('MeasuresTable', () => {
  it('adds a row and puts the cursor in its indicator; removes it and keeps the keyboard in the table', async () => {
    const seen = await show('en', []);
    expect(screen.getByText('Suggested: Adult literacy rate')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add a measure' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Indicator, row 1')));
    expect(seen.values).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Remove row 1' }));
    await waitFor(() => expect(seen.values).toHaveLength(0));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add a measure' }));
  });

  it('gives every cell a label that names its column and row, and a name of its own Key Feature', async () => {
    await show('en', [row]);
    for (const column of ['Indicator', 'Unit', 'Baseline', 'Current value', 'Target', 'Source']) {
      const cell = screen.getByLabelText(`${column}, row 1`);
      expect(cell.getAttribute('name')).toMatch(/^section-1-1-1\.measures\.0\./);
    }
    expect(screen.getByLabelText<HTMLInputElement>('Indicator, row 1').value).toBe(row.indicator);
  });

  it('shows and takes figures in French, storing them in one form', async () => {
    const seen = await show('fr', [row]);
    const current = screen.getByLabelText<HTMLInputElement>('Valeur actuelle, ligne 1');
    expect(current.value).toBe('1\u202f200');
    fireEvent.change(current, { target: { value: '1 250,5' } });
    expect(seen.values?.[0]?.current).toBe('1250.5');
  });

  it('puts a problem under its cell and links it for screen readers', async () => {
    const problem: Problem = {
      code: 'not-a-number',
      path: 'sections.1.1.1.measures.0.target',
      featureId: '1.1.1',
      params: { value: 'approx 5000' },
    };
    await show('en', [{ ...row, target: 'approx 5000' }], new Map([[problem.path, problem]]));
    const target = screen.getByLabelText('Target, row 1');
    expect(target.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(target.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Enter a number, like 1,200 or 3.5 (you wrote “approx 5000”)',
    );
  });
});
