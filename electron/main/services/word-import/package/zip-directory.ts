import { WordFileRefusal } from './word-file-refusal';

/** One file inside the zip, as its central directory declares it. */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly encrypted: boolean;
  readonly compressedSize: number;
  readonly declaredSize: number;
  readonly localHeaderOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_EXTRA = 0x0001;
const UNKNOWN_32 = 0xffffffff;
/** The end record sits in the last 22 bytes plus a comment of at most 64 KiB. */
const END_SEARCH = 22 + 0xffff;

/**
 * Reads a zip's central directory ourselves, before any library inflates a byte, so that the
 * sizes it declares can be judged (and later enforced) first. Only what a .docx uses is
 * understood: stored and deflated entries, with zip64 sizes in the extra field.
 */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(view);
  if (end < 0) {
    // A zip's first bytes with no end: a download or a copy to a flash drive that stopped half way.
    if (bytes.byteLength >= 4 && view.getUint32(0, true) === LOCAL_HEADER)
      throw new WordFileRefusal(
        'damaged',
        'The file is cut short: it starts like a Word document but its end is missing. Copy it again from where it came from.',
      );
    throw new WordFileRefusal('not-a-zip', 'This file is not a Word document (.docx): it is not a zip package.');
  }
  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (count > maxEntries || count === 0xffff)
    throw new WordFileRefusal('too-complex', `The file holds ${count} parts; a Word document has a few dozen.`);
  if (directoryOffset + directorySize > end)
    throw new WordFileRefusal('damaged', 'The file is damaged: its table of contents points outside the file.');
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let index = 0; index < count; index++) {
    if (at + 46 > end || view.getUint32(at, true) !== DIRECTORY_ENTRY)
      throw new WordFileRefusal('damaged', 'The file is damaged: its table of contents is cut short.');
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const sizes = {
      compressed: view.getUint32(at + 20, true),
      declared: view.getUint32(at + 24, true),
      offset: view.getUint32(at + 42, true),
    };
    readZip64Sizes(view, at + 46 + nameLength, extraLength, sizes);
    entries.push({
      name,
      method: view.getUint16(at + 10, true),
      encrypted: (view.getUint16(at + 8, true) & 1) === 1,
      compressedSize: sizes.compressed,
      declaredSize: sizes.declared,
      localHeaderOffset: sizes.offset,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The bytes of an entry as stored (still compressed), located through its local header. */
export function storedBytes(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.byteLength || view.getUint32(at, true) !== LOCAL_HEADER)
    throw new WordFileRefusal(
      'damaged',
      `The file is damaged: the part ${entry.name} is not where its table of contents says.`,
    );
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.byteLength)
    throw new WordFileRefusal('damaged', `The file is cut short: the part ${entry.name} does not end.`);
  return bytes.subarray(start, start + entry.compressedSize);
}

function findEndRecord(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - END_SEARCH);
  for (let at = view.byteLength - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  return -1;
}

/** Zip64 keeps a size or offset that does not fit 32 bits in the extra field, in this order. */
function readZip64Sizes(
  view: DataView,
  extraStart: number,
  extraLength: number,
  sizes: { compressed: number; declared: number; offset: number },
): void {
  if (sizes.compressed !== UNKNOWN_32 && sizes.declared !== UNKNOWN_32 && sizes.offset !== UNKNOWN_32) return;
  for (let at = extraStart; at + 4 <= extraStart + extraLength;) {
    const id = view.getUint16(at, true);
    const length = view.getUint16(at + 2, true);
    if (id === ZIP64_EXTRA) {
      let field = at + 4;
      const next = (): number => {
        const value = Number(view.getBigUint64(field, true));
        field += 8;
        return value;
      };
      if (sizes.declared === UNKNOWN_32) sizes.declared = next();
      if (sizes.compressed === UNKNOWN_32) sizes.compressed = next();
      if (sizes.offset === UNKNOWN_32) sizes.offset = next();
      return;
    }
    at += 4 + length;
  }
  throw new WordFileRefusal('damaged', 'The file is damaged: a part declares a size it does not give.');
}
