/** Where a command writes; tests capture it, the real CLI uses the process streams. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** Working directory against which relative paths are resolved. */
  readonly cwd: string;
}

export interface CliCommand {
  readonly name: string;
  readonly usage: string;
  readonly summary: string;
  /** Returns the process exit code. Throws RipotiError for a plain-language failure. */
  run(args: string[], io: CliIo): Promise<number>;
}

export const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  cwd: process.cwd(),
};
