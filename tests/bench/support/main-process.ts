import { createDispatcher } from '@/electron/main/ipc/dispatcher';
import { createHandlers } from '@/electron/main/ipc/handlers';
import { createTrustedSenderCheck } from '@/electron/main/security/trusted-sender';
import { createTestServices } from '../../e2e/harness/test-services';

/**
 * The app's main process for benches, in a process of its own so that its memory is its own:
 * the real services on a data folder (opened as the app opens them at start-up), the real
 * dispatcher, and the events, all over Node's IPC channel to the bench, which bridges them to
 * the page. Usage: fork(this file, [dataDir, rendererUrl]).
 */
export type ToMain =
  | {
      readonly type: 'call';
      readonly id: number;
      readonly channel: string;
      readonly args: unknown;
      readonly url: string;
    }
  | { readonly type: 'memory' };
export type FromMain =
  | { readonly type: 'ready'; readonly openMs: number }
  | { readonly type: 'answer'; readonly id: number; readonly result: unknown }
  | { readonly type: 'event'; readonly channel: string; readonly payload: unknown }
  | { readonly type: 'memory'; readonly rssBytes: number; readonly rssAfterGcBytes: number };

const [dataDir, rendererUrl] = process.argv.slice(2);
if (!dataDir || !rendererUrl || !process.send) throw new Error('fork main-process.ts with [dataDir, rendererUrl]');
const send = (message: FromMain): void => void process.send?.(message);

const opening = performance.now();
const backend = await createTestServices({ dataDir });
const dispatch = createDispatcher(createHandlers(backend.services), createTrustedSenderCheck(rendererUrl));
backend.services.events.connect((channel, payload) => send({ type: 'event', channel, payload }));
send({ type: 'ready', openMs: performance.now() - opening });

process.on('message', (message: ToMain) => {
  if (message.type === 'call') {
    void dispatch(message.channel, message.args, message.url).then((result) =>
      send({ type: 'answer', id: message.id, result }),
    );
    return;
  }
  const rssBytes = process.memoryUsage().rss;
  globalThis.gc?.();
  send({ type: 'memory', rssBytes, rssAfterGcBytes: process.memoryUsage().rss });
});
