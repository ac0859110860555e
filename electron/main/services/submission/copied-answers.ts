import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { CopiedAnswers } from '@/shared/ipc/channels/submission';
import { writeFileDurably } from '../drafts/durable-file';
import { isMissing, storageError } from '../drafts/storage-error';

const recordSchema = z.record(z.string().max(200), z.string().max(32));
/** More answers than any report has (17 profile questions, 43 Key Features × 8 parts), with room. */
const MAX_ANSWERS = 2_000;

/**
 * Which answers the officer copied to UNESCO's online form, per report: one small file each in
 * <data>/submission/, written durably, so the ticks survive a restart or a crash mid-paste. A
 * damaged file counts as "nothing copied yet" (the ticks are a help, not the officer's text).
 * Without a data folder (tests, in-memory services) the ticks last as long as the process.
 */
export class CopiedAnswersStore {
  private readonly memory = new Map<string, Record<string, string>>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly directory: string | null) {}

  async list(reportId: string): Promise<CopiedAnswers> {
    return { ...(await this.read(reportId)) };
  }

  mark(reportId: string, answerPath: string, fingerprint: string): Promise<CopiedAnswers> {
    // One write at a time: two quick copies must not overwrite each other's tick.
    const next = this.queue.then(async () => {
      const copied = { ...(await this.read(reportId)), [answerPath]: fingerprint };
      if (Object.keys(copied).length > MAX_ANSWERS)
        throw storageError(new Error('too many answers'), 'the copied ticks');
      await this.write(reportId, copied);
      return { ...copied };
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async read(reportId: string): Promise<Record<string, string>> {
    if (this.directory === null) return this.memory.get(reportId) ?? {};
    try {
      const parsed = recordSchema.safeParse(JSON.parse(await readFile(this.file(reportId), 'utf8')));
      return parsed.success ? parsed.data : {};
    } catch (error) {
      if (isMissing(error) || error instanceof SyntaxError) return {};
      throw storageError(error, 'the copied ticks');
    }
  }

  private async write(reportId: string, copied: Record<string, string>): Promise<void> {
    if (this.directory === null) {
      this.memory.set(reportId, copied);
      return;
    }
    try {
      await mkdir(this.directory, { recursive: true });
      await writeFileDurably(this.file(reportId), Buffer.from(JSON.stringify(copied)));
    } catch (error) {
      throw storageError(error, 'the copied ticks');
    }
  }

  private file(reportId: string): string {
    // reportId passed the contract's uuid check: safe as a file name.
    return path.join(this.directory ?? '', `${reportId}.json`);
  }
}
