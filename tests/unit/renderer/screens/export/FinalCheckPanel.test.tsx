// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bundledFramework } from '@/shared/framework/load';
import { createReport } from '@/shared/report/create';
import { finalCheck } from '@/shared/report/final-check';
import { FinalCheckPanel } from '@/renderer/src/screens/export/FinalCheckPanel';
import { kilifiProfile } from '@/tests/fixtures/profiles';
import { renderIn } from '../../support/render';

const framework = bundledFramework();

afterEach(cleanup);

describe('FinalCheckPanel', () => {
  it('lists each kind with its count as a checkbox, and each problem as a link that jumps to its field', async () => {
    const report = {
      ...createReport(framework, { id: '3f1c2b9e-8d4a-4c1e-9b2f-1a2b3c4d5e6f', now: '2026-11-23T09:00:00.000Z' }),
      profile: { ...kilifiProfile },
    };
    Object.assign(report.sections['1.1.1'] ?? {}, {
      status: 'complete',
      narrative: 'Literacy.',
      challenges: 'word '.repeat(252),
    });
    const check = finalCheck(report, framework, ['1.1']);
    const confirm = vi.fn();
    const jump = vi.fn();
    await renderIn(
      'en',
      <FinalCheckPanel
        profile={[]}
        check={check}
        confirmed={new Set(['over-limit'])}
        onConfirm={confirm}
        onJump={jump}
      />,
    );
    const panel = screen.getByRole('region', { name: 'Before the final export (4 to check)' });
    expect(
      within(panel)
        .getAllByRole('checkbox')
        .map((box) => [box.parentElement?.querySelector('label')?.textContent, (box as HTMLInputElement).checked]),
    ).toEqual([
      ['Key Features with no answer (3)', false],
      ['Answers over their word limit (1)', true],
    ]);
    fireEvent.click(within(panel).getByRole('checkbox', { name: 'Key Features with no answer (3)' }));
    expect(confirm).toHaveBeenCalledWith('unanswered', true);
    fireEvent.click(within(panel).getByRole('link', { name: '1.1.1 – Challenges: 252 words: the limit is 200' }));
    expect(jump).toHaveBeenCalledWith('sections.1.1.1.challenges');
  });

  it('says the report is ready when nothing fails', async () => {
    await renderIn(
      'fr',
      <FinalCheckPanel
        profile={[]}
        check={{ problems: [], kinds: [] }}
        confirmed={new Set()}
        onConfirm={vi.fn()}
        onJump={vi.fn()}
      />,
    );
    expect(
      screen.getByText('Toutes les règles sont respectées : le rapport final est prêt à être exporté.'),
    ).toBeTruthy();
  });
});
