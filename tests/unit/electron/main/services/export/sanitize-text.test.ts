import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitizeLine, sanitizeText } from '@/electron/main/services/export/sanitize-text';

/** Characters XML 1.0 allows (what Word requires of every part of a .docx). */
const XML_CHAR = /^(?:[\t\n\r\u0020-\uD7FF\uE000-\uFFFD]|[\uD800-\uDBFF][\uDC00-\uDFFF])*$/;

describe('sanitizeText', () => {
  it('drops every C0/C1 control character except tab and line breaks (a lone CR becomes one)', () => {
    const controls = Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)).join('') + '\u007F\u0085\u009F';
    expect(sanitizeText(`a${controls}b`)).toBe('a\t\n\nb');
  });

  it('drops U+FFFE, U+FFFF and lone surrogates but keeps emoji pairs', () => {
    expect(sanitizeText('x\uFFFEy\uFFFFz')).toBe('xyz');
    expect(sanitizeText('lone \uD83D high, lone \uDE00 low, pair 😀')).toBe('lone  high, lone  low, pair 😀');
  });

  it('keeps right-to-left text, accents and Kiswahili unchanged', () => {
    const text = 'مرحبا بالعالم — שלום — Elimu ni ufunguo wa maisha — café';
    expect(sanitizeText(text)).toBe(text);
  });

  it('turns Windows line endings into one break', () => {
    expect(sanitizeText('one\r\ntwo\rthree')).toBe('one\ntwo\nthree');
  });

  it('always yields valid XML characters, for any UTF-16 input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => XML_CHAR.test(sanitizeText(text))),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 0xffff })), (codes) =>
        XML_CHAR.test(sanitizeText(String.fromCharCode(...codes))),
      ),
      { numRuns: 2000 },
    );
  });

  it('makes one line of a multi-line field', () => {
    expect(sanitizeLine('  Kilifi\n\tCounty \u0007')).toBe('Kilifi County');
  });
});
