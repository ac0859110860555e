/**
 * A media type as RFC 6838 allows its names: `type/subtype`, letters, digits and a few marks,
 * no spaces, no parameters and above all no CR/LF (a media type ends up in an HTTP header when
 * sync uploads the attachment; a line break there made every later sync fail).
 */
export const MEDIA_TYPE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,63}\/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,63}$/;

/** The type a document is stored under: what the officer's system said when it is a real one. */
export function documentMediaType(claimed: string): string {
  return MEDIA_TYPE_PATTERN.test(claimed) ? claimed.toLowerCase() : 'application/octet-stream';
}
