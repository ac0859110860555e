// A stand-in export worker for the runner's tests: answers each export as its `exportedAt`
// says ("ok", "fail", "exit", "hang"), and names its thread in the warnings. A warm-up takes
// as long as RIPOTI_TEST_WARM_UP_MS (default 0) says, then answers "warmed".
import { parentPort, threadId } from 'node:worker_threads';

const warmUpMs = Number(process.env['RIPOTI_TEST_WARM_UP_MS'] ?? 0);
let warmUps = 0;

parentPort.on('message', (message) => {
  if (message.type === 'warm-up') {
    warmUps++;
    setTimeout(() => parentPort.postMessage({ type: 'warmed' }), warmUpMs);
    return;
  }
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
      parentPort.postMessage({
        type: 'done',
        bytes: new Uint8Array([0x50, 0x4b]),
        warnings: [{ photo: `thread ${threadId}, ${warmUps} warm-ups`, problem: 'damaged', message: 'unused' }],
      });
  }
});
