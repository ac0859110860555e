import type { ExportWarning, PhotoProblem } from '@/shared/ipc/channels/export';
import { RipotiError } from '@/shared/errors';

/** A photo the export cannot use: it is left out and named, with why, in the export's warnings. */
export class PhotoRefused extends RipotiError {
  readonly warning: ExportWarning;

  constructor(photo: string, problem: PhotoProblem, reason: string) {
    const message = `The photo "${photo}" was left out: ${reason}.`;
    super('invalid-data', message, { detail: { kind: 'photo', photo, problem } });
    this.name = 'PhotoRefused';
    this.warning = { photo, problem, message };
  }
}
