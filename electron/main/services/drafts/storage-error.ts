import type { RipotiError } from '@/shared/errors';
import { fileError } from '../file-error';

export { isMissing } from '../file-error';

/** Drafts are saved again on the next change, so a full disk is worth freeing rather than fatal. */
const DRAFTS_ADVICE = {
  'disk-full': 'Free some space; Ripoti keeps trying.',
  'permission-denied': "Check the folder's permissions.",
} as const;

/**
 * A failure to save something in Ripoti's own folder, in the officer's words. `what` names the
 * thing that could not be saved ("your draft", "the photo") so the message says what is at stake.
 */
export function storageError(error: unknown, what: string): RipotiError {
  return fileError(error, { doing: 'save', what, advice: DRAFTS_ADVICE });
}
