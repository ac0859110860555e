import { describe, expect, it } from 'vitest';
import { textFingerprint, webFormText } from '@/shared/report/web-form-text';

describe('an answer as a web form takes it', () => {
  it('keeps paragraphs apart by one blank line and line breaks as they are', () => {
    expect(webFormText('First paragraph.\r\nStill the first.\r\n\r\n\r\n\r\nSecond paragraph.  ')).toBe(
      'First paragraph.\nStill the first.\n\nSecond paragraph.',
    );
  });

  it('writes the bullets the Word file would make as "• ", and leaves numbered lines alone', () => {
    expect(webFormText('Actions:\n- Literacy classes\n* Reading tents\n  • Radio lessons\n1. First\n2) Second')).toBe(
      'Actions:\n• Literacy classes\n• Reading tents\n  • Radio lessons\n1. First\n2) Second',
    );
  });

  it('drops what a form could choke on, keeps every script and emoji', () => {
    expect(webFormText('A\u0000B\u0007C\u0085D\uFFFFE \ud83d\ude00 مرحبا kiswahili \ud800')).toBe(
      'ABCDE \ud83d\ude00 مرحبا kiswahili',
    );
  });

  it('fingerprints a text so a later change is seen, and the same text alike', () => {
    expect(textFingerprint('Literacy classes')).toBe(textFingerprint('Literacy classes'));
    expect(textFingerprint('Literacy classes')).not.toBe(textFingerprint('Literacy classes.'));
    expect(textFingerprint('')).toMatch(/^[0-9a-f]{14}$/);
  });
});
