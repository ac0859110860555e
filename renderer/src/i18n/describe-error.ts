import type { TFunction } from 'i18next';
import type { Language } from '../../../shared/language';

/** The part of an error the interface shows: its stable code and main's plain English sentence. */
export interface ShownError {
  readonly code: string;
  readonly message: string;
}

/**
 * Main writes its messages in English (the CLI and the logs read them too). In Kiswahili and
 * French the officer first reads what the code means in their language; main's sentence follows
 * in brackets, because it names the particular file, field or server answer.
 */
export function describeError(t: TFunction, language: Language, error: ShownError): string {
  if (language === 'en') return error.message;
  const sentence = t(`errors.code.${error.code}`, { defaultValue: '' });
  return sentence ? `${sentence} (${error.message})` : error.message;
}
