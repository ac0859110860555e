import { RipotiError, type ErrorCode } from '@/shared/errors';

/** What Ripoti was doing with the file, and how the officer knows it ("your draft", "kilifi.ripoti"). */
export interface FileAction {
  readonly doing: 'save' | 'read';
  readonly what: string;
  /** A sentence added after the message for some codes: what the officer can do about it here. */
  readonly advice?: Partial<Record<ErrorCode, string>>;
}

/** The Node error code (ENOSPC, EACCES…) of a failed file-system call, if it has one. */
export function errnoOf(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

export function isMissing(error: unknown): boolean {
  return errnoOf(error) === 'ENOENT';
}

/**
 * THE errno → RipotiError mapping: drafts, photos, exported documents and opened files all
 * turn a file-system failure into a code the interface translates and a plain sentence that
 * says what is at stake. A RipotiError passes through unchanged.
 */
export function fileError(error: unknown, action: FileAction): RipotiError {
  if (error instanceof RipotiError) return error;
  const [code, sentence] = describe(errnoOf(error), action);
  const advice = action.advice?.[code];
  return new RipotiError(code, advice ? `${sentence} ${advice}` : sentence, { cause: error });
}

function describe(errno: string | undefined, { doing, what }: FileAction): [ErrorCode, string] {
  switch (errno) {
    case 'ENOSPC':
    case 'EDQUOT':
      return ['disk-full', `The disk is full: ${what} could not be saved.`];
    case 'EACCES':
    case 'EPERM':
      return ['permission-denied', `Ripoti is not allowed to ${doing} ${what}.`];
    case 'EROFS':
      return ['permission-denied', `The disk is read-only: ${what} cannot be saved there.`];
    case 'EBUSY':
      return ['io', `${capitalised(what)} is open in another program. Close it and try again.`];
    case 'EISDIR':
    case 'ENOTDIR':
      return ['io', `A folder is in the way where ${what} should be.`];
    case 'ENOENT':
      return doing === 'read'
        ? ['not-found', `${capitalised(what)} could not be found. It may have been moved or deleted.`]
        : ['io', `The folder for ${what} is missing.`];
    default:
      return ['io', `Ripoti could not ${doing} ${what} (${errno ?? 'unknown error'}).`];
  }
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
