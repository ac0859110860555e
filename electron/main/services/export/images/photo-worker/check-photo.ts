import { IMAGE_LIMITS } from '../image-limits';
import { inspectImage } from '../inspect-image';
import { reportSizedPixels, shrinkPhoto } from '../shrink-photo';
import type { PhotoOutcome } from './photo-messages';

/**
 * The work of one photo in its thread: inspect (again: the thread trusts no caller), decode
 * every pixel so damaged data is found now rather than in an export, and downscale a large one.
 */
export function checkPhoto(bytes: Uint8Array): PhotoOutcome {
  const header = inspectImage(bytes);
  if ('problem' in header) return { ok: false, ...header };
  try {
    if (Math.max(header.width, header.height) <= IMAGE_LIMITS.maxEdge) {
      reportSizedPixels(header, bytes);
      return { ok: true, width: header.width, height: header.height, reportCopy: null };
    }
    const shrunk = shrinkPhoto(header, bytes);
    return { ok: true, width: shrunk.width, height: shrunk.height, reportCopy: shrunk.jpeg };
  } catch (error) {
    // jpeg-js refuses by its own memory budget (maxMemoryUsageInMB) before it allocates.
    if (error instanceof Error && /maxMemoryUsageInMB|maxResolutionInMP/.test(error.message))
      return { ok: false, problem: 'too-much-work', reason: 'it needs more memory than Ripoti allows for one photo' };
    return { ok: false, problem: 'damaged', reason: 'the picture data is damaged' };
  }
}
