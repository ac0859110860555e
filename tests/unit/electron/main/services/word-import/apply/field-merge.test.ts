import { describe, expect, it } from 'vitest';
import { mergeText } from '@/electron/main/services/word-import/apply/field-merge';

describe('what a field holds after an import', () => {
  it('takes everything imported when the field is empty, whatever the choice', () => {
    expect(
      mergeText('', [
        { value: 'A', policy: 'keep' },
        { value: 'B', policy: 'append' },
      ]),
    ).toBe('A\n\nB');
  });

  it('keeps existing text by default', () => {
    expect(mergeText('Old', [{ value: 'New', policy: 'keep' }])).toBe('Old');
  });

  it('appends after existing text, or replaces it with what was not kept', () => {
    expect(mergeText('Old', [{ value: 'New', policy: 'append' }])).toBe('Old\n\nNew');
    expect(
      mergeText('Old', [
        { value: 'New', policy: 'replace' },
        { value: 'More', policy: 'append' },
        { value: 'Not this', policy: 'keep' },
      ]),
    ).toBe('New\n\nMore');
  });
});
