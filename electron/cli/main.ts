import { processIo } from './io';
import { runCli } from './run-cli';

// A reader that stops early (`npm run report -- areas | head`) closes the pipe: that ends the
// output, it is not a failure to print as a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

// Entry point of `npm run report -- …`: the same services as the app, without a window.
process.exitCode = await runCli(process.argv.slice(2), processIo);
