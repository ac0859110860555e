import { zipSync, type Zippable } from 'fflate';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

/** A document.xml whose body is the given WordprocessingML. */
export function documentXml(body: string, prolog = ''): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${prolog}<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`;
}

export function paragraph(text: string, options: { style?: string; bold?: boolean } = {}): string {
  const properties = options.style ? `<w:pPr><w:pStyle w:val="${options.style}"/></w:pPr>` : '';
  const run = options.bold ? '<w:rPr><w:b/></w:rPr>' : '';
  return `<w:p>${properties}<w:r>${run}<w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}

/**
 * The smallest package Word accepts: content types, the root relationship and the document.
 * `parts` adds or replaces parts (null removes one), for the hostile variants.
 */
export function minimalDocx(
  body: string,
  parts: Record<string, string | Uint8Array | null> = {},
  level: 0 | 6 = 6,
): Uint8Array {
  const files: Record<string, string | Uint8Array | null> = {
    '[Content_Types].xml': CONTENT_TYPES,
    '_rels/.rels': ROOT_RELS,
    'word/document.xml': documentXml(body),
    ...parts,
  };
  const zippable: Zippable = {};
  for (const [name, content] of Object.entries(files)) {
    if (content === null) continue;
    zippable[name] = [typeof content === 'string' ? new TextEncoder().encode(content) : content, { level }];
  }
  return zipSync(zippable);
}

/** Rewrites the uncompressed size that the central directory declares for one part (a lying header). */
export function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const copy = new Uint8Array(zip);
  const view = new DataView(copy.buffer);
  const encoded = new TextEncoder().encode(name);
  for (let at = 0; at + 46 < copy.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(at + 28, true);
    const candidate = copy.subarray(at + 46, at + 46 + nameLength);
    if (candidate.length === encoded.length && candidate.every((byte, index) => byte === encoded[index])) {
      view.setUint32(at + 24, size, true);
      return copy;
    }
  }
  throw new Error(`no part ${name} in the zip`);
}
