import { describe, expect, it } from 'vitest';
import { officerTextParagraphs } from '@/electron/main/services/export/document/officer-text';
import { linesToText } from '@/electron/main/services/word-import/map/officer-text';

const bullet = { ordered: false, level: 0 };

describe('paragraphs back into the text the form holds', () => {
  it('separates paragraphs by a blank line and keeps line breaks inside one', () => {
    expect(
      linesToText([
        { text: 'First line\nsecond line', list: null },
        { text: 'Next paragraph', list: null },
      ]),
    ).toBe('First line\nsecond line\n\nNext paragraph');
  });

  it('writes bullets as "- " lines under their lead-in, and numbered items as "1.", "2."', () => {
    expect(
      linesToText([
        { text: 'We did:', list: null },
        { text: 'classes', list: bullet },
        { text: 'clubs', list: bullet },
        { text: 'Steps:', list: null },
        { text: 'plan', list: { ordered: true, level: 0 } },
        { text: 'budget', list: { ordered: true, level: 1 } },
        { text: 'act', list: { ordered: true, level: 0 } },
      ]),
    ).toBe('We did:\n- classes\n- clubs\n\nSteps:\n1. plan\n  1. budget\n2. act');
  });

  it('drops empty paragraphs Word uses as spacing', () => {
    expect(
      linesToText([
        { text: 'a', list: null },
        { text: '   ', list: null },
        { text: 'b', list: null },
      ]),
    ).toBe('a\n\nb');
  });

  it('is the inverse of the export for paragraphs and "- " bullets that follow their lead-in', () => {
    // (A list set off from its lead-in by a blank line exports to the same paragraphs, so it comes back without the blank line.)
    const typed = 'Intro line\nwith a break\n- one\n- two\n\nClosing paragraph';
    // The export's own reading: a paragraph per block or bullet, the bullet marker gone.
    const exported = officerTextParagraphs(typed).length;
    expect(exported).toBe(4);
    expect(
      linesToText([
        { text: 'Intro line\nwith a break', list: null },
        { text: 'one', list: bullet },
        { text: 'two', list: bullet },
        { text: 'Closing paragraph', list: null },
      ]),
    ).toBe(typed);
  });
});
