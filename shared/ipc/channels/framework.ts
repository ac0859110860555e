import { z } from 'zod';
import type { FrameworkRefusal } from '../../framework/candidate';
import type { FrameworkChanges } from '../../framework/diff';
import type { FrameworkSource } from '../../framework/schema';
import type { LocalizedText } from '../../language';
import type { DraftEffect } from '../../report/framework-change';
import { defineChannel } from '../channel';

/** Where new questions came from: a file the officer chose, or the county server. */
export type FrameworkOrigin =
  { readonly kind: 'file'; readonly fileName: string } | { readonly kind: 'server'; readonly server: string };

/** New questions waiting for the officer: what they are, what they change, what happens to each draft. */
export interface FrameworkOffer {
  /** sha256 of the questions: accepting names exactly the version that was shown. */
  readonly id: string;
  readonly origin: FrameworkOrigin;
  readonly receivedAt: string;
  readonly version: string;
  readonly title: LocalizedText;
  readonly publisher: LocalizedText;
  readonly source: FrameworkSource;
  readonly changes: FrameworkChanges;
  readonly drafts: readonly Omit<DraftEffect, 'lost'>[];
}

export type FrameworkOfferState =
  | { readonly state: 'none' }
  | { readonly state: 'offered'; readonly offer: FrameworkOffer }
  | {
      readonly state: 'refused';
      readonly origin: FrameworkOrigin;
      readonly receivedAt: string;
      readonly refusal: FrameworkRefusal;
    };

export interface FrameworkAccepted {
  readonly version: string;
  /** Drafts re-filed under the new questions (a snapshot of each was kept first). */
  readonly migrated: number;
}

/** A questions file is small; the cap keeps a wrong file (a video…) from crossing the bridge. */
const MAX_FRAMEWORK_TEXT = 2_000_000;
const offerId = z.string().regex(/^[a-f0-9]{64}$/);

export const frameworkChannels = {
  /** The new questions waiting to be accepted (from a file or the county server), or why they were refused. */
  getFrameworkOffer: defineChannel<FrameworkOfferState>()('framework:offer', z.object({}).strict()),
  /** Reads a questions file the officer chose in the page; answers with the offer or the refusal. */
  offerFrameworkFile: defineChannel<FrameworkOfferState>()(
    'framework:offer-file',
    z.object({ fileName: z.string().min(1).max(260), text: z.string().max(MAX_FRAMEWORK_TEXT) }).strict(),
  ),
  /** Asks the county server (the Sync settings) for questions the national office published there. */
  checkCountyFramework: defineChannel<FrameworkOfferState>()('framework:check-county', z.object({}).strict()),
  acceptFramework: defineChannel<FrameworkAccepted>()('framework:accept', z.object({ offerId }).strict()),
  dismissFrameworkOffer: defineChannel<null>()('framework:dismiss', z.object({}).strict()),
};
