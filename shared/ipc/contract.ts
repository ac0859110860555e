import type { z } from 'zod';
import type { Channel } from './channel';
import type { MainEvent } from './event';
import { appChannels } from './channels/app';
import { appFileChannels } from './channels/app-files';
import { appUpdateChannels } from './channels/app-updates';
import { attachmentChannels } from './channels/attachments';
import { draftChannels } from './channels/drafts';
import { exportChannels } from './channels/export';
import { frameworkChannels } from './channels/framework';
import { submissionChannels } from './channels/submission';
import { historyChannels } from './channels/history';
import { jobChannels, jobEvents } from './channels/jobs';
import { previewChannels } from './channels/preview';
import { questionnaireChannels } from './channels/questionnaires';
import { reportChannels } from './channels/reports';
import { sendingChannels } from './channels/sending';
import { settingsChannels } from './channels/settings';
import { spellingChannels } from './channels/spelling';
import { syncChannels } from './channels/sync';
import { wordImportChannels } from './channels/word-import';
import type { IpcResult } from './result';

/**
 * THE list of IPC channels. The main process registers one handler per entry and the
 * preload exposes one function per entry, both derived from this object, so a channel
 * cannot exist on one side only. Each domain keeps its channels in `channels/<domain>.ts`.
 */
export const contract = {
  ...appChannels,
  ...appFileChannels,
  ...appUpdateChannels,
  ...settingsChannels,
  ...reportChannels,
  ...frameworkChannels,
  ...submissionChannels,
  ...jobChannels,
  ...draftChannels,
  ...historyChannels,
  ...attachmentChannels,
  ...syncChannels,
  ...exportChannels,
  ...spellingChannels,
  ...wordImportChannels,
  ...questionnaireChannels,
  ...previewChannels,
  ...sendingChannels,
} as const;

/**
 * THE list of events main sends to the renderer, beside the channels and in the same way: the
 * preload exposes one `on<Event>(listener)` per entry and validates each payload with its schema.
 */
export const events = {
  ...jobEvents,
} as const;

export type Contract = typeof contract;
export type ApiMethod = keyof Contract;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- matching any channel shape
type AnyChannel = Channel<string, z.ZodType, any>;

export type ArgsOf<M extends ApiMethod> = z.input<Contract[M]['args']>;
export type ParsedArgsOf<M extends ApiMethod> = z.output<Contract[M]['args']>;
export type ResultOf<M extends ApiMethod> = Contract[M] extends Channel<string, z.ZodType, infer R> ? R : never;

/** Methods whose argument object has no required field can be called without it. */
type Method<M extends ApiMethod> =
  Record<string, never> extends ArgsOf<M>
    ? (args?: ArgsOf<M>) => Promise<IpcResult<ResultOf<M>>>
    : (args: ArgsOf<M>) => Promise<IpcResult<ResultOf<M>>>;

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]['payload']>;

/** `jobUpdated` → `onJobUpdated`: subscribes a listener, and returns the function that unsubscribes it. */
export type Subscriber<E extends EventName> = (listener: (payload: EventPayload<E>) => void) => () => void;
export type SubscriberName<E extends EventName> = `on${Capitalize<E>}`;

/** What the renderer sees as `window.ripoti`. */
export type RipotiApi = { readonly [M in ApiMethod]: Method<M> } & {
  readonly [E in EventName as SubscriberName<E>]: Subscriber<E>;
};

export const apiMethods = Object.keys(contract) as ApiMethod[];
export const eventNames = Object.keys(events) as EventName[];

export function channelOf(method: ApiMethod): AnyChannel {
  return contract[method] as AnyChannel;
}

export function eventOf(name: EventName): MainEvent<string, z.ZodType> {
  return events[name];
}

export function subscriberName<E extends EventName>(name: E): SubscriberName<E> {
  return `on${name.charAt(0).toUpperCase()}${name.slice(1)}` as SubscriberName<E>;
}
