// Runs the TypeScript export worker in a worker thread under tests: registers tsx in this
// thread first (a worker does not inherit the parent's loader hooks), then loads the real entry.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

// The repository's tsconfig, wherever the process was started: it holds the '@/' import alias.
register({ tsconfig: fileURLToPath(new URL('../../../../../../../tsconfig.json', import.meta.url)) });
await import('../../../../../../../electron/main/services/export/worker/export-worker.ts');
