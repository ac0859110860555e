// A stand-in export worker for the runner's tests: answers each export as its `exportedAt`
// says ("ok", "fail", "exit", "hang"), and names its thread in the warnings.
import { parentPort, threadId } from 'node:worker_threads';

parentPort.on('message', (message) => {
  switch (message.request.exportedAt) {
    case 'fail':
      parentPort.postMessage({ type: 'failed', code: 'invalid-data', message: 'The photo "x" was left out.' });
      break;
    case 'exit':
      process.exit(3);
      break;
    case 'hang':
      break;
    default:
      parentPort.postMessage({ type: 'progress', progress: { done: 0, total: 1, step: { code: 'laying-out' } } });
      parentPort.postMessage({ type: 'done', bytes: new Uint8Array([0x50, 0x4b]), warnings: [{ photo: `thread ${threadId}`, problem: 'damaged', message: 'unused' }] });
  }
});
