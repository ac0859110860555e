// Runs the TypeScript photo worker from source (the CLI under tsx, vitest, the E2E harness): a
// worker thread does not inherit its parent's loader hooks, so it registers tsx, then loads the
// real entry. The built app starts the bundled photo-worker.js instead (electron/main/setup).
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

// The repository's tsconfig, wherever the process was started: it holds the '@/' import alias.
register({ tsconfig: fileURLToPath(new URL('../../../../../../tsconfig.json', import.meta.url)) });
await import('./photo-worker.ts');
