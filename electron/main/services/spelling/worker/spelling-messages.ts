import type { Language } from '@/shared/language';

/** Main → spelling thread. A language's dictionary is sent once, before its first check. */
export type SpellingRequest =
  | { readonly type: 'load'; readonly language: Language; readonly aff: Uint8Array; readonly dic: Uint8Array }
  | { readonly type: 'check'; readonly id: number; readonly language: Language; readonly words: readonly string[] }
  | { readonly type: 'suggest'; readonly id: number; readonly language: Language; readonly word: string };

/** Spelling thread → main: the answer to one check or suggest. */
export type SpellingReply =
  { readonly id: number; readonly words: string[] } | { readonly id: number; readonly error: string };
