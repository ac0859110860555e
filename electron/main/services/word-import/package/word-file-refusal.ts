import { RipotiError, type ErrorCode } from '@/shared/errors';
import type { WordFileProblem } from '@/shared/word-import/word-file-problem';

const CODES: Record<WordFileProblem, ErrorCode> = {
  'file-too-large': 'too-large',
  'not-a-zip': 'invalid-data',
  'old-word-format': 'invalid-data',
  'open-document': 'invalid-data',
  encrypted: 'invalid-data',
  'zip-bomb': 'too-large',
  'xml-declarations': 'invalid-data',
  'no-document': 'invalid-data',
  damaged: 'invalid-data',
  'too-complex': 'too-large',
};

/** A Word file refused before anything was imported: the problem is named so the officer reads it in their language. */
export class WordFileRefusal extends RipotiError {
  constructor(
    readonly problem: WordFileProblem,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(CODES[problem], message, options);
    this.name = 'WordFileRefusal';
  }
}

export function isWordFileRefusal(value: unknown): value is WordFileRefusal {
  return value instanceof WordFileRefusal;
}
