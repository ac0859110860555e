import path from 'node:path';
import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

/**
 * The README promises that electron/main/services/ is plain Node. This runs the import rule
 * the project's ESLint config applies to a services file (alone, with a plain parser, so it
 * takes a second) on code that breaks the promise and on code that keeps it.
 */
const repoRoot = path.resolve(import.meta.dirname, '../../../../..');
const servicesFile = path.join(repoRoot, 'electron/main/services/export/example-probe.ts');
const rulesSchema = z.object({ rules: z.object({ 'no-restricted-imports': z.array(z.unknown()).min(2) }) });

async function problemsIn(code: string): Promise<string[]> {
  const computed: unknown = await new ESLint({ cwd: repoRoot }).calculateConfigForFile(servicesFile);
  const rule = rulesSchema.parse(computed).rules['no-restricted-imports'] as Linter.RuleEntry;
  const eslint = new ESLint({
    cwd: repoRoot,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser }, rules: { 'no-restricted-imports': rule } },
    ],
  });
  const [result] = await eslint.lintText(code, { filePath: servicesFile });
  return (result?.messages ?? []).map((message) => message.message);
}

describe('electron/main/services imports no Electron', () => {
  it('refuses electron, its stores and updater, and the layers above services', async () => {
    expect(await problemsIn("import { app } from 'electron';")).toEqual([expect.stringContaining('plain Node')]);
    expect(await problemsIn("import type { BrowserWindow } from 'electron';")).toHaveLength(1);
    expect(await problemsIn("import Store from 'electron-store';")).toHaveLength(1);
    expect(await problemsIn("import updater from 'electron-updater';")).toHaveLength(1);
    expect(await problemsIn("import { setupServices } from '../../setup/electron-services';")).toEqual([
      expect.stringContaining('bottom layer'),
    ]);
    expect(await problemsIn("import type { Dispatch } from '../../ipc/dispatcher';")).toHaveLength(1);
    expect(await problemsIn("import { App } from '@/tests/renderer/src/App';")).toHaveLength(1);
  });

  it('accepts Node, shared code and other services', async () => {
    const code = [
      "import { Worker } from 'node:worker_threads';",
      "import { RipotiError } from '@/tests/shared/errors';",
      "import type { ExportOptions } from '@/tests/shared/ipc/channels/export';",
      "import { fileError } from '../file-error';",
      "import { buildDocx } from './build-docx';",
    ].join('\n');
    expect(await problemsIn(code)).toEqual([]);
  });
});
