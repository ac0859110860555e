import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { MAX_DRAFT_FILE_BYTES } from '@/shared/ipc/channels/drafts';
import type { PendingOpenFile } from '@/shared/ipc/channels/app-files';
import { RipotiError } from '@/shared/errors';
import { fileError } from '../file-error';

export const DRAFT_FILE_EXTENSION = '.ripoti';

/** The .ripoti paths in a command line (first launch or a second instance), ignoring flags. */
export function draftFilesInArgv(argv: readonly string[]): string[] {
  return argv.filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(DRAFT_FILE_EXTENSION));
}

/**
 * Files the operating system asked Ripoti to open, waiting until the renderer is ready to
 * import them. Files can arrive before the window exists (first launch, macOS open-file), so
 * they queue here rather than being pushed to a window that may not be listening yet.
 */
export class OpenFileInbox {
  private readonly waiting: string[] = [];

  constructor(private readonly maxBytes = MAX_DRAFT_FILE_BYTES) {}

  /** Queues a path once; anything that is not a .ripoti file is ignored. */
  offer(filePath: string): boolean {
    if (!filePath.toLowerCase().endsWith(DRAFT_FILE_EXTENSION)) return false;
    const absolute = path.resolve(filePath);
    if (this.waiting.includes(absolute)) return false;
    this.waiting.push(absolute);
    return true;
  }

  get size(): number {
    return this.waiting.length;
  }

  /** Reads the oldest waiting file. It leaves the queue even when unreadable, so one bad file cannot block the rest. */
  async take(): Promise<PendingOpenFile | null> {
    const next = this.waiting.shift();
    if (next === undefined) return null;
    const fileName = path.basename(next);
    try {
      const { size } = await stat(next);
      if (size > this.maxBytes)
        throw new RipotiError('too-large', `The file ${fileName} is too large to be a Ripoti draft.`);
      return { fileName, base64: (await readFile(next)).toString('base64') };
    } catch (error) {
      throw fileError(error, { doing: 'read', what: `the file ${fileName}` });
    }
  }
}
