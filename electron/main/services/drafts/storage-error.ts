import { RipotiError } from '../../../../shared/errors';

function errnoOf(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

/**
 * Turns a file-system failure into the plain words the officer sees. `what` names the thing
 * that could not be saved or read ("your draft", "the photo") so the message says what is at stake.
 */
export function storageError(error: unknown, what: string): RipotiError {
  if (error instanceof RipotiError) return error;
  const code = errnoOf(error);
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new RipotiError('disk-full', `The disk is full: ${what} is not saved yet. Free some space; Ripoti keeps trying.`, { cause: error });
    case 'EACCES':
    case 'EPERM':
      return new RipotiError('permission-denied', `Ripoti is not allowed to write ${what} in its folder. Check the folder's permissions.`, { cause: error });
    case 'EROFS':
      return new RipotiError('permission-denied', `The disk is read-only: ${what} cannot be saved there.`, { cause: error });
    case 'EISDIR':
    case 'ENOTDIR':
      return new RipotiError('io', `A folder is in the way where ${what} should be a file.`, { cause: error });
    case 'ENOENT':
      return new RipotiError('io', `The folder for ${what} is missing.`, { cause: error });
    default:
      return new RipotiError('io', `Ripoti could not save ${what} (${code ?? 'unknown error'}).`, { cause: error });
  }
}

export function isMissing(error: unknown): boolean {
  return errnoOf(error) === 'ENOENT';
}
