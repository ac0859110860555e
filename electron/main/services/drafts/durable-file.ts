import { createHash, randomBytes } from 'node:crypto';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import path from 'node:path';

/** Marks our temporary files so start-up recovery can find and clean the ones a crash left. */
export const TEMP_MARK = '.tmp-';

/** Writes every byte: a single write() may be short (full disk, signals), so loop until done. */
export async function writeAll(handle: FileHandle, bytes: Uint8Array, position: number | null = null): Promise<void> {
  let offset = 0;
  while (offset < bytes.length) {
    const { bytesWritten } = await handle.write(
      bytes,
      offset,
      bytes.length - offset,
      position === null ? null : position + offset,
    );
    if (bytesWritten <= 0) throw Object.assign(new Error('write made no progress'), { code: 'EIO' });
    offset += bytesWritten;
  }
}

async function readAll(handle: FileHandle, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  let offset = 0;
  while (offset < length) {
    const { bytesRead } = await handle.read(buffer, offset, length - offset, offset);
    if (bytesRead === 0) break;
    offset += bytesRead;
  }
  return buffer.subarray(0, offset);
}

/** fsync of the folder makes a rename or a new file survive a power cut (atomically skips it). */
export async function syncDirectory(directory: string): Promise<void> {
  const handle = await open(directory, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The handbook's durable write: temp file, full write loop, fsync, verify size and hash by
 * reading back, rename over the target, fsync the folder. Resolves only when the new content
 * is durable; on any failure the previous file is untouched and the temp file removed.
 */
export async function writeFileDurably(target: string, bytes: Uint8Array): Promise<void> {
  const directory = path.dirname(target);
  const temp = path.join(directory, `${path.basename(target)}${TEMP_MARK}${randomBytes(6).toString('hex')}`);
  let handle: FileHandle | undefined;
  try {
    handle = await open(temp, 'wx+', 0o600);
    await writeAll(handle, bytes, 0);
    await handle.sync();
    const { size } = await handle.stat();
    if (size !== bytes.length)
      throw Object.assign(new Error(`wrote ${size} of ${bytes.length} bytes`), { code: 'EIO' });
    const readBack = await readAll(handle, bytes.length);
    if (sha256(readBack) !== sha256(bytes))
      throw Object.assign(new Error('read-back differs from what was written'), { code: 'EIO' });
    await handle.close();
    handle = undefined;
    await rename(temp, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncDirectory(directory);
}
