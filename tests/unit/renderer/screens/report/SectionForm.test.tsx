// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { bundledFramework, findFeature } from '@/shared/framework/load';
import { checkSection } from '@/shared/report/section-completeness';
import { emptySection } from '@/shared/report/create';
import type { Section } from '@/shared/report/schema';
import { SectionForm } from '@/renderer/src/screens/report/SectionForm';
import { renderIn } from '../../support/render';

const framework = bundledFramework();
const now = '2026-11-23T09:00:00.000Z';

function feature(id: string) {
  const found = findFeature(framework, id);
  if (!found) throw new Error(`no ${id}`);
  return found.feature;
}

/** Two Key Features on one page, as an area step draws them; every edit is recorded. */
async function twoFeatures(sections: Record<string, Section> = {}) {
  const edits: [string, Section][] = [];
  const onEdit = (id: string, section: Section) => edits.push([id, section]);
  await renderIn(
    'en',
    <>
      {['1.1.1', '1.1.2'].map((id) => {
        const initial = sections[id] ?? emptySection(now);
        return (
          <SectionForm
            key={id}
            reportId="r"
            feature={feature(id)}
            initial={initial}
            attachments={{}}
            limits={framework.limits}
            problems={checkSection(id, initial, framework.limits).problems}
            onEdit={onEdit}
          />
        );
      })}
    </>,
  );
  const region = (id: string) => screen.getByRole('region', { name: new RegExp(`^${id.replace(/\./g, '\\.')} `) });
  return { edits, region };
}

afterEach(cleanup);

describe('SectionForm', () => {
  it('gives each Key Feature its own status group: choosing one leaves the other as it was', async () => {
    const { region, edits } = await twoFeatures();
    fireEvent.click(within(region('1.1.1')).getByRole('radio', { name: 'In progress' }));
    fireEvent.click(within(region('1.1.2')).getByRole('radio', { name: 'Complete' }));
    expect(within(region('1.1.1')).getByRole<HTMLInputElement>('radio', { name: 'In progress' }).checked).toBe(true);
    expect(within(region('1.1.2')).getByRole<HTMLInputElement>('radio', { name: 'Complete' }).checked).toBe(true);
    const names = new Set(
      [...document.querySelectorAll('input[type="radio"]')].map((radio) => radio.getAttribute('name')),
    );
    expect([...names]).toEqual(['section-1-1-1.status', 'section-1-1-2.status']);
    expect(edits.map(([id, section]) => [id, section.status])).toEqual([
      ['1.1.1', 'in-progress'],
      ['1.1.2', 'complete'],
    ]);
  });

  it('names every control after its Key Feature', async () => {
    await twoFeatures();
    for (const control of document.querySelectorAll('[name]')) {
      const owner = control.closest('[data-feature-id]')?.getAttribute('data-feature-id') ?? '';
      expect(control.getAttribute('name')).toMatch(new RegExp(`^section-${owner.replace(/\./g, '-')}\\.`));
    }
  });

  it('puts a Key Feature in progress when the officer starts writing in it', async () => {
    const { region, edits } = await twoFeatures();
    fireEvent.input(within(region('1.1.2')).getByRole('textbox', { name: 'What did the city achieve?' }), {
      target: { value: 'Barazas in every ward.' },
    });
    expect(within(region('1.1.2')).getByRole<HTMLInputElement>('radio', { name: 'In progress' }).checked).toBe(true);
    expect(edits.at(-1)?.[1]).toMatchObject({ status: 'in-progress', narrative: 'Barazas in every ward.' });
  });

  it('says at once what is missing when a Key Feature is marked complete over an empty answer', async () => {
    const { region } = await twoFeatures({ '1.1.1': { ...emptySection(now), status: 'complete' } });
    const feature111 = region('1.1.1');
    expect(
      within(feature111).getByText('Marked complete, but not ready yet: see the messages below (1).'),
    ).toBeTruthy();
    expect(within(feature111).getByText('Answer this before finalising')).toBeTruthy();
    // Not marked complete, an empty answer is not an error while drafting.
    expect(within(region('1.1.2')).queryByText('Answer this before finalising')).toBeNull();
  });

  it('invites the officer to mark complete an answer that passes every rule', async () => {
    const { region } = await twoFeatures({
      '1.1.1': { ...emptySection(now), status: 'in-progress', narrative: 'Literacy classes.' },
    });
    expect(within(region('1.1.1')).getByText('Everything is answered: mark it Complete when it is ready')).toBeTruthy();
  });
});
