// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Language } from '@/shared/language';
import { FigureInput } from '@/renderer/src/components/form/FigureInput';
import { renderIn } from '../../support/render';

function Population({ language, initial, stored }: { language: Language; initial: string; stored: string[] }) {
  const [value, setValue] = useState(initial);
  return (
    <FigureInput
      aria-label="Population"
      language={language}
      value={value}
      onChange={(next) => {
        stored.push(next);
        setValue(next);
      }}
    />
  );
}

afterEach(cleanup);

describe('FigureInput', () => {
  it('shows a stored figure the way the interface language writes it', async () => {
    await renderIn('fr', <Population language="fr" initial="1453787" stored={[]} />);
    expect(screen.getByLabelText<HTMLInputElement>('Population').value).toBe('1\u202f453\u202f787');
  });

  it('stores what a French officer types in one form, keeps the text while typing and shows it the French way after', async () => {
    const stored: string[] = [];
    await renderIn('fr', <Population language="fr" initial="" stored={stored} />);
    const input = screen.getByLabelText<HTMLInputElement>('Population');
    fireEvent.change(input, { target: { value: '841 353' } });
    expect(stored.at(-1)).toBe('841353');
    expect(input.value).toBe('841 353');
    fireEvent.blur(input);
    expect(input.value).toBe('841\u202f353');
    fireEvent.change(input, { target: { value: '3,5' } });
    expect(stored.at(-1)).toBe('3.5');
  });

  it('keeps text that is no figure exactly as typed, for the rules to flag', async () => {
    const stored: string[] = [];
    await renderIn('en', <Population language="en" initial="" stored={stored} />);
    const input = screen.getByLabelText<HTMLInputElement>('Population');
    fireEvent.change(input, { target: { value: 'approx 5000' } });
    fireEvent.blur(input);
    expect(stored.at(-1)).toBe('approx 5000');
    expect(input.value).toBe('approx 5000');
  });
});
