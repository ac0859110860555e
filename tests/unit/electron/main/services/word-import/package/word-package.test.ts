import { describe, expect, it } from 'vitest';
import { WordFileRefusal } from '@/electron/main/services/word-import/package/word-file-refusal';
import { readWordDocument } from '@/electron/main/services/word-import/read/read-word-document';
import { declareSize, documentXml, minimalDocx, paragraph } from '../support/docx-parts';

async function refusal(bytes: Uint8Array): Promise<WordFileRefusal> {
  const error: unknown = await readWordDocument(bytes).then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof WordFileRefusal)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

const BILLION_LAUGHS = `<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>`;

describe('a Word file is read defensively', () => {
  it('reads a minimal package written by hand', async () => {
    const document = await readWordDocument(
      minimalDocx(paragraph('Hello', { style: 'Heading1' }) + paragraph('World')),
    );
    expect(document.blocks.map((block) => (block.kind === 'paragraph' ? block.text : 'table'))).toEqual([
      'Hello',
      'World',
    ]);
  });

  it('refuses bytes that are not a zip, naming the problem', async () => {
    expect((await refusal(new TextEncoder().encode('%PDF-1.7 not a Word file at all'))).problem).toBe('not-a-zip');
  });

  it('tells an old Word 97–2003 .doc apart and says how to save it as .docx', async () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const refused = await refusal(ole);
    expect(refused.problem).toBe('old-word-format');
    expect(refused.message).toMatch(/save it as \.docx/);
  });

  it('tells an OpenDocument text named .docx apart', async () => {
    expect((await refusal(minimalDocx('', { mimetype: 'application/vnd.oasis.opendocument.text' }))).problem).toBe(
      'open-document',
    );
  });

  it('refuses a file cut short half way as damaged, not as "not a zip"', async () => {
    const whole = minimalDocx(paragraph('x'.repeat(5000)), {}, 0);
    expect((await refusal(whole.subarray(0, Math.floor(whole.length / 2)))).problem).toBe('damaged');
  });

  it('refuses a zip bomb by its declared sizes, before inflating it', async () => {
    const zeros = `<w:p><w:r><w:t>${' '.repeat(40 * 1024 * 1024)}</w:t></w:r></w:p>`;
    const refused = await refusal(minimalDocx(zeros));
    expect(refused.problem).toBe('zip-bomb');
    // Judged from the sizes the directory declares, not by inflating the 40 MB.
    expect(refused.message).toMatch(/text is 40\.0 MB unpacked/);
  });

  it('stops inflating a part that unpacks to more than its header declares', async () => {
    const zip = minimalDocx(paragraph('Kilifi '.repeat(20_000)));
    const refused = await refusal(declareSize(zip, 'word/document.xml', 1_000));
    expect(refused.problem).toBe('zip-bomb');
    expect(refused.message).toMatch(/more than the 0\.0 MB it declares/);
  });

  it('refuses a part shorter than its header declares as damaged', async () => {
    const zip = minimalDocx(paragraph('Kilifi'));
    expect((await refusal(declareSize(zip, 'word/document.xml', 5_000))).problem).toBe('damaged');
  });

  it('refuses XML entity declarations (billion laughs) in the document', async () => {
    const zip = minimalDocx('', {
      'word/document.xml': documentXml('<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>', BILLION_LAUGHS),
    });
    const refused = await refusal(zip);
    expect(refused.problem).toBe('xml-declarations');
  });

  it('refuses entity declarations in any part mammoth reads, such as the styles', async () => {
    const styles = `<?xml version="1.0"?>${BILLION_LAUGHS}<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>`;
    const rels = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;
    const zip = minimalDocx(paragraph('Hello'), { 'word/styles.xml': styles, 'word/_rels/document.xml.rels': rels });
    expect((await refusal(zip)).problem).toBe('xml-declarations');
  });

  it('refuses a package with no document part', async () => {
    const refused = await refusal(minimalDocx('', { 'word/document.xml': null }));
    expect(refused.problem).toBe('no-document');
    expect(refused.message).toMatch(/word\/document\.xml is missing/);
  });

  it('refuses encrypted parts', async () => {
    const zip = new Uint8Array(minimalDocx(paragraph('secret')));
    const view = new DataView(zip.buffer);
    for (let at = 0; at + 4 < zip.length; at++)
      if (view.getUint32(at, true) === 0x02014b50) view.setUint16(at + 8, view.getUint16(at + 8, true) | 1, true);
    expect((await refusal(zip)).problem).toBe('encrypted');
  });

  it('refuses a package with more parts than any document has', async () => {
    const parts: Record<string, string> = {};
    for (let index = 0; index < 5_001; index++) parts[`customXml/item${index}.xml`] = '<a/>';
    expect((await refusal(minimalDocx(paragraph('x'), parts, 0))).problem).toBe('too-complex');
  });

  it('refuses a document nested too deeply to read, instead of crashing', async () => {
    const depth = 20_000;
    const body = `${'<w:sdt><w:sdtContent>'.repeat(depth)}${paragraph('deep')}${'</w:sdtContent></w:sdt>'.repeat(depth)}`;
    const refused = await refusal(minimalDocx(body));
    expect(refused.problem).toBe('too-complex');
  });
});
