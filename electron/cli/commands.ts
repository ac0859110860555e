import { areasCommand } from './commands/areas';
import { exampleCommand } from './commands/example';
import { exportCommand } from './commands/export';
import { exportDraftCommand } from './commands/export-draft';
import { frameworkCommand } from './commands/framework';
import { historyCommand } from './commands/history';
import { importCommand } from './commands/import';
import { importWordCommand } from './commands/import-word';
import { restoreCommand } from './commands/restore';
import { validateCommand } from './commands/validate';
import { resolveCommand } from './commands/resolve';
import { syncCommand } from './commands/sync';
import type { CliCommand } from './io';

/** Every command of `npm run report -- <command>`; each lives in commands/<name>.ts. */
export const commands: readonly CliCommand[] = [
  areasCommand,
  validateCommand,
  importCommand,
  exportDraftCommand,
  historyCommand,
  restoreCommand,
  exportCommand,
  exampleCommand,
  syncCommand,
  resolveCommand,
  importWordCommand,
  frameworkCommand,
];
