import { processIo } from './io';
import { runCli } from './run-cli';

// Entry point of `npm run report -- …`: the same services as the app, without a window.
process.exitCode = await runCli(process.argv.slice(2), processIo);
