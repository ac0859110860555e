import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Debian's python3 with python3-docx (tests/setup.sh installs it); not a pyenv or venv python on PATH. */
export const PYTHON = '/usr/bin/python3';

export async function runPython(script: string, args: readonly string[]): Promise<string> {
  const { stdout } = await run(PYTHON, [path.join(import.meta.dirname, script), ...args], { timeout: 60_000 });
  return stdout;
}

/**
 * Converts files (.html, .fodt, .docx) to .docx with the real LibreOffice, all in one run and
 * its own profile, so parallel test files never share one. HTML opens in Writer, not Writer/Web.
 */
export async function libreOfficeToDocx(files: readonly string[], outDir: string): Promise<string[]> {
  const profile = await mkdtemp(path.join(tmpdir(), 'lo-wordin-'));
  try {
    const html = files.some((file) => file.endsWith('.html'));
    await run(
      'soffice',
      [
        '--headless',
        `-env:UserInstallation=file://${profile}`,
        ...(html ? ['--infilter=HTML (StarWriter)'] : []),
        '--convert-to',
        'docx:MS Word 2007 XML',
        '--outdir',
        outDir,
        ...files,
      ],
      { timeout: 240_000 },
    );
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  return files.map((file) => path.join(outDir, `${path.basename(file, path.extname(file))}.docx`));
}
