import { MAX_ATTACHMENT_BYTES } from '@/shared/ipc/channels/attachments';
import { MAX_WORD_FILE_BYTES } from '@/shared/word-import/word-file-problem';

/**
 * What a Word file may cost to read. Each bound is far above a real report and far below
 * what would hurt the app: the main document's XML is the part a reader turns into objects,
 * so its cap is what bounds memory and time. `npm run bench -- word-in` measures a document
 * just under it (8.4 MB of XML): about 2 s of CPU and a 600 MB peak for the whole process;
 * the 307-page report is 1.7 MB of XML, 0.6 s and 235 MB.
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
