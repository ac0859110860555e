import { isRipotiError } from '../../shared/errors';
import { commands } from './commands';
import type { CliIo } from './io';

function printHelp(io: CliIo): void {
  io.out('Ripoti: the learning-city progress report, from the command line.');
  io.out('Usage: npm run report -- <command> [options]');
  io.out('');
  for (const command of commands) io.out(`  ${command.usage.padEnd(48)} ${command.summary}`);
}

/** Runs one CLI invocation and returns its exit code; never throws. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    printHelp(io);
    return name ? 0 : 2;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    io.err(`Unknown command "${name}".`);
    printHelp(io);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (isRipotiError(error)) {
      io.err(`Error: ${error.message}`);
      return 1;
    }
    if (
      error instanceof Error &&
      'code' in error &&
      typeof error.code === 'string' &&
      error.code.startsWith('ERR_PARSE_ARGS')
    ) {
      io.err(`Error: ${error.message}`);
      io.err(`Usage: npm run report -- ${command.usage}`);
      return 2;
    }
    io.err(`Unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 1;
  }
}
