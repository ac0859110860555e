// Runs the TypeScript photo worker from source (the CLI under tsx, vitest, the E2E harness): a
// worker thread does not inherit its parent's loader hooks, so it registers tsx, then loads the
// real entry. The built app starts the bundled photo-worker.js instead (electron/main/setup).
import { register } from 'tsx/esm/api';

register();
await import('./photo-worker.ts');
