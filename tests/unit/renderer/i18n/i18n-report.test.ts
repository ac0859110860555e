import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

const repoRoot = path.resolve(import.meta.dirname, '../../../..');
const entrySchema = z.object({
  source: z.enum(['interface', 'framework', 'export-labels', 'menu-labels']),
  language: z.enum(['sw', 'fr']),
  key: z.string(),
  problem: z.string(),
  english: z.string(),
});

describe('npm run i18n:report', () => {
  it('lists the machine-drafted framework titles, interface keys, export and menu labels for a native speaker', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'tests/tools/i18n-report.ts', '--json'], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    const entries = z.array(entrySchema).parse(JSON.parse(run.stdout));
    expect(entries).toContainEqual({
      source: 'framework',
      language: 'sw',
      key: 'area 2.4',
      problem: 'machine-draft',
      english: 'Extended use of modern learning technologies',
    });
    expect(entries).toContainEqual(
      expect.objectContaining({
        source: 'interface',
        language: 'fr',
        key: 'settings.language',
        problem: 'machine-draft',
      }),
    );
    expect(entries).toContainEqual(
      expect.objectContaining({ source: 'export-labels', language: 'sw', problem: 'machine-draft' }),
    );
    expect(entries).toContainEqual(
      expect.objectContaining({ source: 'menu-labels', language: 'fr', problem: 'machine-draft' }),
    );
    // The guidance and the profile questions the framework carries are drafts too.
    expect(entries).toContainEqual(
      expect.objectContaining({
        source: 'framework',
        language: 'sw',
        key: 'feature 1.1.1 guidance',
        problem: 'machine-draft',
      }),
    );
    expect(entries).toContainEqual(
      expect.objectContaining({
        source: 'framework',
        language: 'fr',
        key: 'profile gdpPerCapitaCity',
        problem: 'machine-draft',
      }),
    );
    expect(entries).toContainEqual(
      expect.objectContaining({
        source: 'interface',
        language: 'sw',
        key: 'questions.accept',
        problem: 'machine-draft',
      }),
    );
    // Reviewed keys (language names, the product name) are not listed.
    expect(entries.find((entry) => entry.key === 'languages.sw')).toBeUndefined();
  });
});
