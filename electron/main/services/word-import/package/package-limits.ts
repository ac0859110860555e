import { MAX_ATTACHMENT_BYTES } from '../../../../../shared/ipc/channels/attachments';
import { MAX_WORD_FILE_BYTES } from '../../../../../shared/word-import/word-file-problem';

/**
 * What a Word file may cost to read. Each bound is far above a real report and far below
 * what would hurt the app: the main document's XML is the part a reader turns into objects
 * (about 35 bytes of memory per byte of XML with mammoth's parser, measured), so its cap is
 * what bounds memory; time follows (about 0.13 s per MB of XML on this project's machines).
 */
export interface PackageLimits {
  readonly maxFileBytes: number;
  readonly maxEntries: number;
  /** Any one XML part, uncompressed. 10 MB is ~1,500 pages of Ripoti's own export. */
  readonly maxXmlPartBytes: number;
  /** One picture; a larger one is left out and named, the rest of the import goes on. */
  readonly maxPictureBytes: number;
  /** Everything inflated while reading one file. */
  readonly maxTotalBytes: number;
  /** A part that unpacks to more than this many times its packed size is a zip bomb. */
  readonly maxRatio: number;
}

export const DEFAULT_PACKAGE_LIMITS: PackageLimits = {
  maxFileBytes: MAX_WORD_FILE_BYTES,
  maxEntries: 5_000,
  maxXmlPartBytes: 10 * 1024 * 1024,
  maxPictureBytes: MAX_ATTACHMENT_BYTES,
  maxTotalBytes: 160 * 1024 * 1024,
  maxRatio: 200,
};
