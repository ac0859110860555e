import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FrameworkStore } from '@/electron/main/services/framework/framework-store';
import { bundledFramework } from '@/shared/framework/load';
import { framework2016 } from '@/tests/fixtures/frameworks/national';
import { tempDataDir } from '../drafts/sample-report';

const bundled = bundledFramework();

describe('FrameworkStore', () => {
  it('uses the bundled questions until others are adopted, and the adopted ones after a restart', async () => {
    const dataDir = await tempDataDir();
    const store = await FrameworkStore.open(dataDir, bundled);
    expect(store.current().version).toBe(bundled.version);
    await store.adopt(framework2016());
    const reopened = await FrameworkStore.open(dataDir, bundled);
    expect(reopened.current().version).toBe('2016-paraphrase-test');
    expect(reopened.notices).toEqual([]);
    // The version it replaced is kept, so an archived Key Feature can still be named.
    expect((await reopened.version(bundled.version))?.version).toBe(bundled.version);
    expect(await readdir(path.join(dataDir, 'framework', 'versions'))).toEqual(
      ['2016-paraphrase-test.json', `${bundled.version}.json`].sort(),
    );
  });

  it('sets a damaged file aside (never deletes it) and uses the bundled questions', async () => {
    const dataDir = await tempDataDir();
    await mkdir(path.join(dataDir, 'framework'), { recursive: true });
    await writeFile(path.join(dataDir, 'framework', 'current.json'), '{"format": "ripoti-framework", "tiers": [');
    const store = await FrameworkStore.open(dataDir, bundled);
    expect(store.current().version).toBe(bundled.version);
    expect(store.notices.map((notice) => [notice.kind, notice.version])).toEqual([['damaged', null]]);
    const moved = store.notices[0]?.movedTo;
    expect(moved?.startsWith(path.join(dataDir, 'quarantine'))).toBe(true);
    if (!moved) throw new Error('not moved');
    expect(await readFile(moved, 'utf8')).toBe('{"format": "ripoti-framework", "tiers": [');
  });

  it('gives way to bundled questions that say they replace the stored version', async () => {
    const dataDir = await tempDataDir();
    await (await FrameworkStore.open(dataDir, bundled)).adopt(framework2016());
    const newerBundle = {
      ...bundled,
      version: 'uil-2015-paraphrase-2',
      replaces: [...bundled.replaces, '2016-paraphrase-test'],
    };
    const store = await FrameworkStore.open(dataDir, newerBundle);
    expect(store.current().version).toBe('uil-2015-paraphrase-2');
    expect(store.notices).toEqual([{ kind: 'replaced-by-bundled', version: '2016-paraphrase-test', movedTo: null }]);
  });

  it('never reads a file named by a version a draft made up', async () => {
    const dataDir = await tempDataDir();
    const store = await FrameworkStore.open(dataDir, bundled);
    await writeFile(path.join(dataDir, 'secret.json'), JSON.stringify(framework2016()));
    expect(await store.version('../../secret')).toBeUndefined();
    expect(await store.version('../secret')).toBeUndefined();
  });
});
