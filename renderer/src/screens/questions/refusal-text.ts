import type { TFunction } from 'i18next';
import type { FrameworkOfferState } from '@/shared/ipc/channels/framework';

type Refused = Extract<FrameworkOfferState, { state: 'refused' }>;

/** Where refused questions came from: the file chosen or the county server. */
export function originText(t: TFunction, origin: Refused['origin']): string {
  return origin.kind === 'file'
    ? t('questions.offer.fromFile', { fileName: origin.fileName })
    : t('questions.offer.fromServer', { server: origin.server });
}

/** Why new questions were not taken, in the officer's language (the code's sentence, with its details). */
export function refusalText(t: TFunction, state: Refused): string {
  return t(`questions.refused.${state.refusal.code}`, state.refusal.params);
}
