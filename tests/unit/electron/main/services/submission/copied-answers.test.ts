import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CopiedAnswersStore } from '@/electron/main/services/submission/copied-answers';
import { tempDataDir } from '../drafts/sample-report';

const REPORT = '3f1c2b9e-8d4a-4c1e-9b2f-1a2b3c4d5e6f';

describe('CopiedAnswersStore', () => {
  it('keeps each tick on disk, across a restart, and two quick copies both', async () => {
    const directory = path.join(await tempDataDir(), 'submission');
    const store = new CopiedAnswersStore(directory);
    expect(await store.list(REPORT)).toEqual({});
    await Promise.all([
      store.mark(REPORT, 'sections.1.1.1.narrative', 'aa'),
      store.mark(REPORT, 'profile.county', 'bb'),
    ]);
    expect(await new CopiedAnswersStore(directory).list(REPORT)).toEqual({
      'sections.1.1.1.narrative': 'aa',
      'profile.county': 'bb',
    });
    expect(await readdir(directory)).toEqual([`${REPORT}.json`]);
  });

  it('reads a damaged file as nothing copied yet, and writes over it at the next copy', async () => {
    const directory = path.join(await tempDataDir(), 'submission');
    const store = new CopiedAnswersStore(directory);
    await store.mark(REPORT, 'profile.county', 'bb');
    await writeFile(path.join(directory, `${REPORT}.json`), '{"profile.county": 42');
    expect(await store.list(REPORT)).toEqual({});
    expect(await store.mark(REPORT, 'profile.city', 'cc')).toEqual({ 'profile.city': 'cc' });
  });
});
