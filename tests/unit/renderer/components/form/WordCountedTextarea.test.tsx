// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { useForm } from 'react-hook-form';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WordCountedTextarea } from '@/renderer/src/components/form/WordCountedTextarea';
import { renderIn } from '../../support/render';

function Challenges({ error }: { error?: string }) {
  const { control, register } = useForm<{ challenges: string }>({ defaultValues: { challenges: '' } });
  return (
    <WordCountedTextarea
      path="sections.1.1.1.challenges"
      label="Challenges"
      hint="What held the work back?"
      error={error}
      limit={5}
      control={control}
      name="challenges"
      registration={register('challenges')}
    />
  );
}

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('WordCountedTextarea', () => {
  it('labels the box, links its hint and counter, and counts as the officer types', async () => {
    await renderIn('en', <Challenges />);
    const box = screen.getByRole('textbox', { name: 'Challenges' });
    expect(box.getAttribute('aria-describedby')).toBe(
      'field-sections-1-1-1-challenges-hint field-sections-1-1-1-challenges-count',
    );
    expect(screen.getByTestId('field-sections-1-1-1-challenges-count').textContent).toBe('0 / 5 words');
    fireEvent.input(box, { target: { value: 'Transport to remote wards' } });
    expect(screen.getByTestId('field-sections-1-1-1-challenges-count').textContent).toBe('4 / 5 words');
  });

  it('marks the box invalid and says by how much once the limit is passed', async () => {
    await renderIn('en', <Challenges />);
    const box = screen.getByRole('textbox', { name: 'Challenges' });
    fireEvent.input(box, { target: { value: 'one two three four five six seven' } });
    expect(screen.getByTestId('field-sections-1-1-1-challenges-count').textContent).toBe(
      '7 / 5 words 2 words too many',
    );
    expect(box.getAttribute('aria-invalid')).toBe('true');
  });

  it('announces the count to screen readers only after typing pauses', async () => {
    vi.useFakeTimers();
    await renderIn('en', <Challenges />);
    const live = document.querySelector('[aria-live="polite"]');
    fireEvent.input(screen.getByRole('textbox', { name: 'Challenges' }), { target: { value: 'one two' } });
    expect(live?.textContent).toBe('0 / 5 words');
    act(() => {
      vi.advanceTimersByTime(1_000);
    });
    expect(live?.textContent).toBe('2 / 5 words');
  });

  it('shows an error under the label, linked to the box', async () => {
    await renderIn('en', <Challenges error="Answer this before finalising" />);
    const box = screen.getByRole('textbox', { name: 'Challenges' });
    expect(box.getAttribute('aria-describedby')).toContain('field-sections-1-1-1-challenges-error');
    expect(document.getElementById('field-sections-1-1-1-challenges-error')?.textContent).toBe(
      'Answer this before finalising',
    );
  });
});
