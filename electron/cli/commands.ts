import { areasCommand } from './commands/areas';
import { validateCommand } from './commands/validate';
import type { CliCommand } from './io';

/** Every command of `npm run report -- <command>`; each lives in commands/<name>.ts. */
export const commands: readonly CliCommand[] = [areasCommand, validateCommand];
