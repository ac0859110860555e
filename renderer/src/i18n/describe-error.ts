import type { TFunction } from 'i18next';
import type { ErrorDetail } from '@/shared/errors';
import { MAX_PHOTO_PIXELS } from '@/shared/ipc/channels/attachments';
import type { Language } from '@/shared/language';

/** The part of an error the interface shows: its stable code and main's plain English sentence. */
export interface ShownError {
  readonly code: string;
  readonly message: string;
  readonly detail?: ErrorDetail;
}

/**
 * Main writes its messages in English (the CLI and the logs read them too). In Kiswahili and
 * French the officer first reads what the code means in their language; main's sentence follows
 * in brackets, because it names the particular file, field or server answer. A refused photo or
 * draft file carries a detail that says all of that already (the photo's name, why), so it is
 * said wholly in the officer's language.
 */
export function describeError(t: TFunction, language: Language, error: ShownError): string {
  if (language === 'en') return error.message;
  if (error.detail) return describeDetail(t, error.detail);
  const sentence = t(`errors.code.${error.code}`, { defaultValue: '' });
  return sentence ? `${sentence} (${error.message})` : error.message;
}

function describeDetail(t: TFunction, detail: ErrorDetail): string {
  if (detail.kind === 'photo')
    return t(`errors.photo.${detail.problem}`, { photo: detail.photo, millions: MAX_PHOTO_PIXELS / 1_000_000 });
  return t(`errors.draftFile.${detail.problem}`);
}
