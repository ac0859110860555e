import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { draftFilesInArgv, OpenFileInbox } from '@/electron/main/services/app-files/open-file-inbox';
import { RipotiError } from '@/shared/errors';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ripoti-open-'));
});

describe('draftFilesInArgv', () => {
  it('keeps .ripoti paths from a launch command line and drops flags and other files', () => {
    const argv = [
      '--allow-file-access-from-files',
      'C:\\Users\\Amina\\Kilifi 2026.RIPOTI',
      'notes.txt',
      '/home/otieno/garissa.ripoti',
      '--inspect=9229',
    ];
    expect(draftFilesInArgv(argv)).toEqual(['C:\\Users\\Amina\\Kilifi 2026.RIPOTI', '/home/otieno/garissa.ripoti']);
  });
});

describe('OpenFileInbox', () => {
  it('hands over queued files oldest first, as base64 of their bytes', async () => {
    const first = path.join(dir, 'kilifi.ripoti');
    const second = path.join(dir, 'garissa.ripoti');
    await writeFile(first, '{"a":1}');
    await writeFile(second, Buffer.from([0, 255, 1]));
    const inbox = new OpenFileInbox();
    expect(inbox.offer(first)).toBe(true);
    expect(inbox.offer(second)).toBe(true);
    expect(await inbox.take()).toEqual({
      fileName: 'kilifi.ripoti',
      base64: Buffer.from('{"a":1}').toString('base64'),
    });
    expect(Buffer.from((await inbox.take())?.base64 ?? '', 'base64')).toEqual(Buffer.from([0, 255, 1]));
    expect(await inbox.take()).toBeNull();
  });

  it('ignores other file types and the same file offered twice (double-click during a second launch)', () => {
    const inbox = new OpenFileInbox();
    expect(inbox.offer(path.join(dir, 'report.docx'))).toBe(false);
    expect(inbox.offer(path.join(dir, 'a.ripoti'))).toBe(true);
    expect(inbox.offer(path.join(dir, '.', 'a.ripoti'))).toBe(false);
    expect(inbox.size).toBe(1);
  });

  it('reports a missing file in plain words and moves on to the next', async () => {
    const inbox = new OpenFileInbox();
    const present = path.join(dir, 'present.ripoti');
    await writeFile(present, 'x');
    inbox.offer(path.join(dir, 'gone.ripoti'));
    inbox.offer(present);
    const error = await inbox.take().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RipotiError);
    expect((error as RipotiError).code).toBe('not-found');
    expect((error as RipotiError).message).toContain('gone.ripoti');
    expect((await inbox.take())?.fileName).toBe('present.ripoti');
  });

  it('refuses a file larger than a draft can be, without reading it', async () => {
    const big = path.join(dir, 'big.ripoti');
    await writeFile(big, Buffer.alloc(2048));
    const inbox = new OpenFileInbox(1024);
    inbox.offer(big);
    await expect(inbox.take()).rejects.toMatchObject({ code: 'too-large' });
  });
});
