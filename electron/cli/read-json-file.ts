import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { RipotiError } from '../../shared/errors';

/** Reads a JSON file given on the command line, turning every failure into a plain sentence. */
export async function readJsonFile(cwd: string, file: string): Promise<unknown> {
  const fullPath = path.resolve(cwd, file);
  let text: string;
  try {
    text = await readFile(fullPath, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new RipotiError('not-found', `No file at ${fullPath}`);
    if (code === 'EISDIR') throw new RipotiError('invalid-data', `${fullPath} is a folder, not a draft file`);
    throw new RipotiError('io', `Could not read ${fullPath}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new RipotiError('invalid-data', `${fullPath} is not valid JSON: ${(error as Error).message}`);
  }
}
