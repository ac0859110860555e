import { createHash } from 'node:crypto';
import { open, readFile, truncate } from 'node:fs/promises';
import type { DraftChange } from './draft-change';
import { writeAll } from './durable-file';
import { isMissing } from './storage-error';

/** A journal line: `<checksum> <json>\n`. The checksum makes a torn last line detectable. */
export interface JournalRecord {
  readonly seq: number;
  readonly change: DraftChange;
}

function checksum(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

export function encodeRecord(record: JournalRecord): Buffer {
  const json = JSON.stringify(record);
  return Buffer.from(`${checksum(json)} ${json}\n`, 'utf8');
}

export interface JournalContents {
  readonly records: JournalRecord[];
  /** Bytes of whole, intact records: anything after them is a torn write from a crash. */
  readonly intactBytes: number;
  readonly totalBytes: number;
}

/** Reads every intact record; stops at the first torn or damaged line (a crash mid-append). */
export async function readJournal(file: string): Promise<JournalContents> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    if (isMissing(error)) return { records: [], intactBytes: 0, totalBytes: 0 };
    throw error;
  }
  const records: JournalRecord[] = [];
  let offset = 0;
  while (offset < bytes.length) {
    const end = bytes.indexOf(0x0a, offset);
    if (end < 0) break;
    const line = bytes.subarray(offset, end).toString('utf8');
    const space = line.indexOf(' ');
    const json = line.slice(space + 1);
    if (space !== 16 || checksum(json) !== line.slice(0, 16)) break;
    records.push(JSON.parse(json) as JournalRecord);
    offset = end + 1;
  }
  return { records, intactBytes: offset, totalBytes: bytes.length };
}

/**
 * Appends one record and fsyncs before resolving. If the append fails (disk full), the file is
 * cut back to its previous length so a torn record never sits before later good ones.
 */
export async function appendRecord(file: string, knownBytes: number, record: JournalRecord): Promise<number> {
  const bytes = encodeRecord(record);
  const handle = await open(file, 'r+');
  try {
    await writeAll(handle, bytes, knownBytes);
    await handle.sync();
  } catch (error) {
    await handle.truncate(knownBytes).catch(() => undefined);
    await handle.sync().catch(() => undefined);
    throw error;
  } finally {
    await handle.close();
  }
  return knownBytes + bytes.length;
}

/** Drops a torn tail found at start-up so the next append starts on a clean line. */
export async function cutTornTail(file: string, intactBytes: number): Promise<void> {
  await truncate(file, intactBytes);
}
