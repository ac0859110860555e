/**
 * Makes any string the officer typed or pasted safe to write into a .docx.
 *
 * `docx` escapes &, < and > but lets through characters that XML 1.0 forbids (C0 controls
 * except tab/newline/carriage return, U+FFFE, U+FFFF) and lone UTF-16 surrogates; Word then
 * refuses to open the whole file. We drop those, and C1 controls, and nothing else: emoji (valid surrogate
 * pairs), right-to-left text and every other script pass through unchanged.
 */
// C1 controls (U+0080–U+009F) are legal XML but never meant as text; Word shows them as boxes.
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function sanitizeText(text: string): string {
  // Normalise line endings first so "\r\n" from Windows clipboards becomes one break, not two.
  return text.replace(/\r\n?/g, '\n').replace(FORBIDDEN, '');
}

/** For one-line fields (titles, table cells): line breaks and tabs become single spaces. */
export function sanitizeLine(text: string): string {
  return sanitizeText(text)
    .replace(/[\n\t]+/g, ' ')
    .trim();
}
