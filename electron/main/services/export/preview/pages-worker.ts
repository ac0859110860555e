import { parentPort } from 'node:worker_threads';
import { isRipotiError } from '@/shared/errors';
import { layOutReportPages } from '../pages/lay-out-report-pages';
import type { PagesReply, PagesRequest } from './pages-messages';

/**
 * Worker-thread entry for the Preview's pages: lays out one report per message, one after
 * another, so the main process keeps answering the window while pages are set. The photos'
 * bytes go back transferred, not copied.
 */
const port = parentPort;
if (!port) throw new Error('pages-worker must run in a worker thread');

port.on('message', (message: PagesRequest) => {
  layOutReportPages(message.request).then(
    (laid) => {
      const reply: PagesReply = { id: message.id, ok: true, laid };
      // Only buffers a photo owns whole: a view into a shared one (Node's Buffer pool) is copied.
      const owned = [...laid.media.values()].filter(
        (bytes) => bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength,
      );
      const buffers = new Set(owned.map((bytes) => bytes.buffer as ArrayBuffer));
      port.postMessage(reply, [...buffers]);
    },
    (error: unknown) => {
      const reply: PagesReply = {
        id: message.id,
        ok: false,
        code: isRipotiError(error) ? error.code : 'internal',
        message: error instanceof Error ? error.message : String(error),
      };
      port.postMessage(reply);
    },
  );
});
