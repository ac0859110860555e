import { open } from 'node:fs/promises';
import path from 'node:path';
import { RipotiError } from '@/shared/errors';
import { MAX_FRAMEWORK_BYTES } from '@/shared/framework/candidate';
import { storageError } from '../drafts/storage-error';

/**
 * Reads a questions file the officer chose (menu or CLI). The size is checked on the open
 * handle before reading, so a wrong file (a video on the flash drive) is refused, not loaded.
 */
export async function readFrameworkFile(filePath: string): Promise<{ fileName: string; text: string }> {
  const fileName = path.basename(filePath);
  let handle;
  try {
    handle = await open(filePath, 'r');
  } catch (error) {
    throw storageError(error, fileName);
  }
  try {
    const { size } = await handle.stat();
    if (size > MAX_FRAMEWORK_BYTES)
      throw new RipotiError('too-large', `${fileName} is far too big to be a Ripoti questions file.`);
    return { fileName, text: await handle.readFile('utf8') };
  } catch (error) {
    throw storageError(error, fileName);
  } finally {
    await handle.close();
  }
}
