// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SyncConflict } from '@/shared/ipc/channels/sync';
import { ConflictCard } from '@/renderer/src/screens/sync/ConflictCard';
import { renderIn } from '../../support/render';

const conflict: SyncConflict = {
  mineFromThisComputer: true,
  key: 'sections/1.1.1/narrative',
  path: ['sections', '1.1.1', 'narrative'],
  base: 'Five learning centres opened.',
  mine: 'Six learning centres opened.',
  theirs: 'Seven learning centres opened.',
};

afterEach(cleanup);

describe('ConflictCard', () => {
  it('shows mine, theirs and the last synced text side by side, with the changed words marked', async () => {
    await renderIn(
      'en',
      <ConflictCard conflict={conflict} fieldLabel="What did the city achieve?" onResolve={vi.fn()} />,
    );
    const card = screen.getByRole('article', { name: 'What did the city achieve?' });
    const mine = within(card).getByRole('region', { name: 'Mine (this computer)' });
    expect(mine.querySelector('ins')?.textContent).toContain('Six');
    expect(mine.querySelector('del')?.textContent).toContain('Five');
    expect(within(card).getByRole('region', { name: 'Theirs (server)' }).querySelector('ins')?.textContent).toContain(
      'Seven',
    );
    expect(within(card).getByRole('region', { name: 'Before (last sync)' }).textContent).toContain(
      'Five learning centres opened.',
    );
  });

  it('keeps mine or theirs with one button each', async () => {
    const resolve = vi.fn();
    await renderIn('en', <ConflictCard conflict={conflict} fieldLabel="Narrative" onResolve={resolve} />);
    fireEvent.click(screen.getByRole('button', { name: 'Keep theirs' }));
    fireEvent.click(screen.getByRole('button', { name: 'Keep mine' }));
    expect(resolve.mock.calls).toEqual([[{ keep: 'theirs' }], [{ keep: 'mine' }]]);
  });

  it('offers a merged text that starts from mine and is sent as written', async () => {
    const resolve = vi.fn();
    await renderIn('en', <ConflictCard conflict={conflict} fieldLabel="Narrative" onResolve={resolve} />);
    fireEvent.click(screen.getByRole('button', { name: 'Write a merged text' }));
    const merged = screen.getByLabelText<HTMLTextAreaElement>('Merged text');
    expect(merged.value).toBe('Six learning centres opened.');
    fireEvent.change(merged, { target: { value: 'Six learning centres opened, a seventh in March.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Keep merged text' }));
    expect(resolve).toHaveBeenCalledWith({ keep: 'edited', value: 'Six learning centres opened, a seventh in March.' });
  });

  it('offers no merged text for a value that is not text (a measures row)', async () => {
    const row = { id: 'm1', indicator: 'Learners', current: '1200' };
    await renderIn(
      'en',
      <ConflictCard
        conflict={{ ...conflict, key: 'm', base: null, mine: row, theirs: { ...row, current: '1300' } }}
        fieldLabel="Measures"
        onResolve={vi.fn()}
      />,
    );
    expect(screen.queryByRole('button', { name: 'Write a merged text' })).toBeNull();
    expect(screen.getByRole('region', { name: 'Theirs (server)' }).textContent).toContain('"current": "1300"');
  });
});
