import { RipotiError } from '@/shared/errors';
import type { PhotoProblem } from '@/shared/ipc/channels/export';

/** A photo refused on its way in (attached, imported or synced), named, with why. */
export function photoNotAdded(photo: string, problem: PhotoProblem, reason: string): RipotiError {
  return new RipotiError('invalid-data', `"${photo}" cannot be used as a photo: ${reason}.`, {
    detail: { kind: 'photo', photo, problem },
  });
}
