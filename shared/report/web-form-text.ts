/**
 * What the officer wrote, as plain text a web form's text box takes: paragraphs stay apart
 * (one blank line), a line break stays a line break, and lines the Word export makes bullets
 * ("-", "*", "•"…) start with "• " so the list survives where no formatting does. Control
 * characters a form could choke on are removed; nothing else is changed.
 */
const BULLET = /^[-*•‣◦]\s+/;
// C0 controls but tab and line feed, DEL, C1 controls, the non-characters U+FFFE/U+FFFF, and
// lone surrogates (half an emoji): what the Word export drops too (sanitize-text.ts).
const CONTROL =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function webFormText(text: string): string {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL, '')
    .split('\n')
    .map((line) => {
      const trimmed = line.replace(/\s+$/u, '');
      const indent = /^\s*/.exec(trimmed)?.[0] ?? '';
      const body = trimmed.slice(indent.length);
      return BULLET.test(body) ? `${indent}• ${body.replace(BULLET, '')}` : trimmed;
    });
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * A short fingerprint of a text (cyrb53), to tell whether an answer changed after it was
 * copied: a tick belongs to the text that was copied, not to the question.
 */
export function textFingerprint(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}
