import type { PhotoProblem } from '@/shared/ipc/channels/export';

export type ImageKind = 'png' | 'jpg';

/** What an image's header says, once its structure and size have been checked. */
export interface ImageHeader {
  readonly kind: ImageKind;
  readonly width: number;
  readonly height: number;
}

/** Why a file is not a usable image: a code for the interface, a plain English reason. */
export interface ImageProblem {
  readonly problem: PhotoProblem;
  readonly reason: string;
}

export const problem = (code: PhotoProblem, reason: string): ImageProblem => ({ problem: code, reason });
