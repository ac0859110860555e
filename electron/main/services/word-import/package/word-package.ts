import { inflateRawSync } from 'node:zlib';
import { DEFAULT_PACKAGE_LIMITS, type PackageLimits } from './package-limits';
import { WordFileRefusal } from './word-file-refusal';
import { readZipDirectory, storedBytes, type ZipEntry } from './zip-directory';

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const MB = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
/** Word never writes a DTD; a DOCTYPE or ENTITY in a part can only be an attack (billion laughs, external entities). */
const XML_DECLARATIONS = /<!(?:DOCTYPE|ENTITY)/i;

/**
 * A .docx opened defensively: every part is inflated here, within the limits, and every XML
 * part is refused if it declares a DTD. It offers the two functions mammoth reads a package
 * through (`exists`, `read`), so mammoth never touches the raw zip: whatever part it asks for
 * (document, styles, numbering, comments, pictures) passes the same checks.
 */
export class WordPackage {
  private readonly entries: Map<string, ZipEntry>;
  private inflated = 0;

  private constructor(
    private readonly bytes: Uint8Array,
    entries: readonly ZipEntry[],
    private readonly limits: PackageLimits,
  ) {
    this.entries = new Map(entries.map((entry) => [entry.name.replace(/^\/+/, '').toLowerCase(), entry]));
  }

  static open(bytes: Uint8Array, limits: PackageLimits = DEFAULT_PACKAGE_LIMITS): WordPackage {
    if (bytes.byteLength > limits.maxFileBytes)
      throw new WordFileRefusal(
        'file-too-large',
        `The file is ${MB(bytes.byteLength)}; Word files up to ${MB(limits.maxFileBytes)} can be imported.`,
      );
    if (OLE_MAGIC.every((value, index) => bytes[index] === value)) {
      throw new WordFileRefusal(
        'old-word-format',
        'This is an old Word 97–2003 file (.doc) or a password-protected document. Open it in Word or LibreOffice, remove any password and save it as .docx.',
      );
    }
    let entries: ZipEntry[];
    try {
      entries = readZipDirectory(bytes, limits.maxEntries);
    } catch (error) {
      if (error instanceof WordFileRefusal) throw error;
      throw new WordFileRefusal('damaged', 'The file is damaged: its table of contents cannot be read.', {
        cause: error,
      });
    }
    const opened = new WordPackage(bytes, entries, limits);
    opened.refuseOtherFormats();
    return opened;
  }

  /** The main document part, as _rels/.rels names it (word/document.xml in every real file). */
  mainDocumentPath(): string {
    const rels = this.exists('_rels/.rels') ? this.readText('_rels/.rels') : '';
    const target =
      /<Relationship\b[^>]*Type="[^"]*\/officeDocument"[^>]*Target="([^"]+)"/.exec(rels)?.[1] ??
      /<Relationship\b[^>]*Target="([^"]+)"[^>]*Type="[^"]*\/officeDocument"/.exec(rels)?.[1];
    const path = (target ?? 'word/document.xml').replace(/^\/+/, '');
    if (!this.exists(path))
      throw new WordFileRefusal(
        'no-document',
        `The file has no document text (${path} is missing): it is not a Word document, or it is damaged.`,
      );
    const entry = this.entry(path);
    if (entry.declaredSize > this.limits.maxXmlPartBytes) {
      throw new WordFileRefusal(
        this.isBomb(entry) ? 'zip-bomb' : 'file-too-large',
        `The document's text is ${MB(entry.declaredSize)} unpacked; Ripoti reads up to ${MB(this.limits.maxXmlPartBytes)} (about 1,500 pages).`,
      );
    }
    return path;
  }

  exists(name: string): boolean {
    return this.entries.has(name.replace(/^\/+/, '').toLowerCase());
  }

  /** Names of every part, for the few that are found by folder (word/media/…). */
  names(): string[] {
    return [...this.entries.values()].map((entry) => entry.name);
  }

  /** mammoth's reading interface: text for an encoding ("utf-8"), base64, or bytes. */
  read(name: string, encoding?: string): Promise<string | Uint8Array> {
    try {
      if (encoding === 'base64') return Promise.resolve(Buffer.from(this.readBytes(name)).toString('base64'));
      return Promise.resolve(encoding ? this.readText(name) : this.readBytes(name));
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  readText(name: string): string {
    const entry = this.entry(name);
    if (entry.declaredSize > this.limits.maxXmlPartBytes)
      throw new WordFileRefusal(
        this.isBomb(entry) ? 'zip-bomb' : 'file-too-large',
        `The part ${entry.name} is ${MB(entry.declaredSize)} unpacked; Ripoti reads parts up to ${MB(this.limits.maxXmlPartBytes)}.`,
      );
    const text = new TextDecoder('utf-8').decode(this.inflate(entry));
    if (XML_DECLARATIONS.test(text))
      throw new WordFileRefusal(
        'xml-declarations',
        `The part ${entry.name} declares XML entities (a DTD). Word never writes one; the file was not read, to be safe.`,
      );
    return text;
  }

  readBytes(name: string): Uint8Array {
    const entry = this.entry(name);
    if (entry.declaredSize > this.limits.maxPictureBytes)
      throw new WordFileRefusal(
        this.isBomb(entry) ? 'zip-bomb' : 'file-too-large',
        `The part ${entry.name} is ${MB(entry.declaredSize)}; pictures up to ${MB(this.limits.maxPictureBytes)} are imported.`,
      );
    return this.inflate(entry);
  }

  private entry(name: string): ZipEntry {
    const entry = this.entries.get(name.replace(/^\/+/, '').toLowerCase());
    if (!entry) throw new WordFileRefusal('damaged', `The file is damaged: the part ${name} is missing.`);
    return entry;
  }

  private isBomb(entry: ZipEntry): boolean {
    return entry.declaredSize > 1024 * 1024 && entry.declaredSize > entry.compressedSize * this.limits.maxRatio;
  }

  /** Inflates at most what the entry declares: a part that lies about its size stops there. */
  private inflate(entry: ZipEntry): Uint8Array {
    if (entry.encrypted)
      throw new WordFileRefusal(
        'encrypted',
        `The part ${entry.name} is encrypted. Remove the password in Word and save again.`,
      );
    if (this.isBomb(entry))
      throw new WordFileRefusal(
        'zip-bomb',
        `The part ${entry.name} unpacks to ${MB(entry.declaredSize)} from ${MB(entry.compressedSize)}: no Word document does that. The file was not opened.`,
      );
    if (this.inflated + entry.declaredSize > this.limits.maxTotalBytes)
      throw new WordFileRefusal(
        'zip-bomb',
        `The file unpacks to more than ${MB(this.limits.maxTotalBytes)}; it was not read further.`,
      );
    this.inflated += entry.declaredSize;
    const stored = storedBytes(this.bytes, entry);
    if (entry.method === 0) {
      if (stored.byteLength !== entry.declaredSize)
        throw new WordFileRefusal('damaged', `The file is damaged: the part ${entry.name} has the wrong size.`);
      return stored;
    }
    if (entry.method !== 8)
      throw new WordFileRefusal(
        'damaged',
        `The part ${entry.name} is packed in a way Word never uses (method ${entry.method}).`,
      );
    if (entry.declaredSize === 0) return new Uint8Array(0);
    let output: Buffer;
    try {
      output = inflateRawSync(stored, { maxOutputLength: entry.declaredSize });
    } catch (error) {
      const tooLong =
        error instanceof RangeError ||
        (error instanceof Error && 'code' in error && error.code === 'ERR_BUFFER_TOO_LARGE');
      if (tooLong)
        throw new WordFileRefusal(
          'zip-bomb',
          `The part ${entry.name} unpacks to more than the ${MB(entry.declaredSize)} it declares; the file was not read further.`,
          { cause: error },
        );
      throw new WordFileRefusal('damaged', `The file is damaged: the part ${entry.name} cannot be unpacked.`, {
        cause: error,
      });
    }
    if (output.byteLength !== entry.declaredSize)
      throw new WordFileRefusal('damaged', `The file is damaged: the part ${entry.name} is shorter than it declares.`);
    return output;
  }

  private refuseOtherFormats(): void {
    if (!this.exists('mimetype')) return;
    const mimetype = new TextDecoder().decode(this.readBytes('mimetype')).trim();
    if (mimetype.startsWith('application/vnd.oasis.opendocument')) {
      throw new WordFileRefusal(
        'open-document',
        'This is an OpenDocument file (.odt), not a Word document. In LibreOffice choose File › Save As › Word 2007–365 (.docx), then import that file.',
      );
    }
  }
}
