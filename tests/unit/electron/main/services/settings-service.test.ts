import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { afterEach, describe, expect, it } from 'vitest';
import { SettingsService } from '@/electron/main/services/settings-service';
import { DEFAULT_SETTINGS } from '@/shared/settings';

const folders: string[] = [];
async function store() {
  const cwd = await mkdtemp(path.join(tmpdir(), 'ripoti-settings-'));
  folders.push(cwd);
  return {
    cwd,
    open: () => new Conf({ projectName: 'ripoti-test', cwd, configName: 'settings', clearInvalidConfig: false }),
  };
}
afterEach(async () => {
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

describe('settings kept with electron-store’s conf', () => {
  it('starts from the defaults and remembers a change across restarts', async () => {
    const { open } = await store();
    expect(new SettingsService(open()).get()).toEqual(DEFAULT_SETTINGS);
    new SettingsService(open()).update({ interfaceLanguage: 'sw' });
    expect(new SettingsService(open()).get().interfaceLanguage).toBe('sw');
  });

  it('falls back field by field when a stored value no longer validates', async () => {
    const { open } = await store();
    open().set('settings', { interfaceLanguage: 'de', historyIntervalMinutes: 15 });
    const settings = new SettingsService(open()).get();
    expect(settings.interfaceLanguage).toBe('en');
    expect(settings.historyIntervalMinutes).toBe(15);
  });

  it('does not wipe a settings file it cannot parse (clearInvalidConfig is off)', async () => {
    const { cwd, open } = await store();
    const file = path.join(cwd, 'settings.json');
    await writeFile(file, '{ "settings": { broken');
    expect(() => open()).toThrow();
    expect(await readFile(file, 'utf8')).toBe('{ "settings": { broken');
  });
});
