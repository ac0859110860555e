import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OpenFileInbox } from '@/electron/main/services/app-files/open-file-inbox';
import { storageError } from '@/electron/main/services/drafts/storage-error';
import { writeExportedFile } from '@/electron/main/services/export/write-exported-file';
import { fileError } from '@/electron/main/services/file-error';
import { RipotiError } from '@/shared/errors';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ripoti-file-error-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** The error a real file-system call throws. */
async function failureOf(call: () => Promise<unknown>): Promise<unknown> {
  return call().then(
    () => {
      throw new Error('the call was expected to fail');
    },
    (error: unknown) => error,
  );
}

/** Errors this machine cannot produce on demand (root ignores permissions; no full disk here), shaped as Node shapes them. */
function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

describe('fileError, the one errno mapping', () => {
  it('names what was at stake for real failures: a missing file to read, a folder where a file should be', async () => {
    const missing = await failureOf(() => readFile(path.join(dir, 'gone.ripoti')));
    expect(fileError(missing, { doing: 'read', what: 'the file gone.ripoti' })).toMatchObject({
      code: 'not-found',
      message: 'The file gone.ripoti could not be found. It may have been moved or deleted.',
    });
    expect(fileError(missing, { doing: 'save', what: 'your draft' })).toMatchObject({
      code: 'io',
      message: 'The folder for your draft is missing.',
    });
    await mkdir(path.join(dir, 'folder'));
    const folder = await failureOf(() => writeFile(path.join(dir, 'folder'), 'x'));
    expect(fileError(folder, { doing: 'save', what: 'the photo' })).toMatchObject({
      code: 'io',
      message: 'A folder is in the way where the photo should be.',
    });
  });

  it('gives every caller the same code for the same errno, each with its own advice', () => {
    const cases: [string, string][] = [
      ['ENOSPC', 'disk-full'],
      ['EDQUOT', 'disk-full'],
      ['EACCES', 'permission-denied'],
      ['EPERM', 'permission-denied'],
      ['EROFS', 'permission-denied'],
      ['EBUSY', 'io'],
      ['EIO', 'io'],
    ];
    for (const [code, expected] of cases) {
      expect(storageError(errno(code), 'your draft').code, code).toBe(expected);
      expect(fileError(errno(code), { doing: 'save', what: 'the report' }).code, code).toBe(expected);
    }
    expect(storageError(errno('ENOSPC'), '"Kilifi"').message).toBe(
      'The disk is full: "Kilifi" could not be saved. Free some space; Ripoti keeps trying.',
    );
    expect(fileError(errno('EACCES'), { doing: 'read', what: 'the file a.ripoti' }).message).toBe(
      'Ripoti is not allowed to read the file a.ripoti.',
    );
    expect(fileError(errno('EIO'), { doing: 'read', what: 'the file a.ripoti' }).message).toBe(
      'Ripoti could not read the file a.ripoti (EIO).',
    );
  });

  it('lets a RipotiError through unchanged', () => {
    const original = new RipotiError('too-large', 'Too big.');
    expect(fileError(original, { doing: 'read', what: 'x' })).toBe(original);
  });
});

describe('the three places that read or write files use it', () => {
  it('an export over a folder is refused in plain words and leaves no partial file', async () => {
    const target = path.join(dir, 'report.docx');
    await mkdir(target);
    await expect(writeExportedFile(target, new Uint8Array([1, 2, 3]))).rejects.toMatchObject({
      code: 'io',
      message: `A folder is in the way where the report ${target} should be.`,
    });
    expect(await readdir(dir)).toEqual(['report.docx']);
  });

  it('an export into a folder that is gone says so', async () => {
    const target = path.join(dir, 'removed', 'report.docx');
    await expect(writeExportedFile(target, new Uint8Array([1]))).rejects.toMatchObject({
      code: 'io',
      message: `The folder for the report ${target} is missing.`,
    });
  });

  it('a .ripoti file that is a folder, opened from outside, is named', async () => {
    const inbox = new OpenFileInbox();
    await mkdir(path.join(dir, 'odd.ripoti'));
    await writeFile(path.join(dir, 'next.ripoti'), 'x');
    inbox.offer(path.join(dir, 'odd.ripoti'));
    inbox.offer(path.join(dir, 'next.ripoti'));
    await expect(inbox.take()).rejects.toMatchObject({
      code: 'io',
      message: 'A folder is in the way where the file odd.ripoti should be.',
    });
    expect((await inbox.take())?.fileName).toBe('next.ripoti');
  });
});
