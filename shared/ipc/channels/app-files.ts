import { z } from 'zod';
import { defineChannel } from '../channel';

/**
 * A .ripoti file the officer opened from outside the app (double-click, "Open with", a second
 * launch with a path). The bytes travel as base64 so the renderer can hand them straight to
 * `importDraftFile`, which decides what to do with them.
 */
export interface PendingOpenFile {
  readonly fileName: string;
  readonly base64: string;
}

export const appFileChannels = {
  /** Takes the oldest file waiting to be opened, or null. Call at start-up and when the window regains focus. */
  takePendingOpenFile: defineChannel<PendingOpenFile | null>()('app:pending-open-file', z.object({}).strict()),
};
