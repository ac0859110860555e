// Runs the TypeScript export worker in a worker thread under tests: registers tsx in this
// thread first (a worker does not inherit the parent's loader hooks), then loads the real entry.
import { register } from 'tsx/esm/api';

register();
await import('../../../../../../../electron/main/services/export/worker/export-worker.ts');
