import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { SyncStatus } from '@/shared/ipc/channels/sync';
import { describeError } from '@/renderer/src/i18n/describe-error';
import { statusLines } from '@/renderer/src/screens/sync/status-lines';

const localesDir = path.resolve(import.meta.dirname, '../../../../../renderer/src/i18n/locales');
const i18n = createInstance();
await i18n.init({
  resources: { en: { translation: JSON.parse(readFileSync(path.join(localesDir, 'en.json'), 'utf8')) as object } },
  lng: 'en',
  fallbackLng: false,
  interpolation: { escapeValue: false },
});
const t = i18n.getFixedT('en');
const describe_ = (error: { code: string; message: string }) => describeError(t, 'en', error);
const time = (iso: string) => iso.slice(11, 16);

const idle: SyncStatus = {
  lastSyncedAt: null,
  changesWaiting: 48,
  conflicts: 0,
  lastError: null,
  passwordStored: true,
  passwordForSessionOnly: false,
  nextRetryAt: null,
  serverProblems: [],
  recordRebuilt: null,
};
const cannotReach = {
  code: 'network',
  message:
    'Cannot reach the sync server couch.kilifi.go.ke. Your work is safe on this computer; Ripoti will try again in the background.',
};

describe('the Sync step’s status line', () => {
  it('says the server cannot be reached, that the work is safe, and when Ripoti tries again, with the changes waiting', () => {
    const status = { ...idle, lastError: cannotReach, nextRetryAt: '2026-11-24T10:45:00.000Z' };
    expect(statusLines({ status, running: false, error: null, online: true }, t, describe_, time)).toEqual([
      cannotReach.message,
      'Ripoti tries again by itself at 10:45',
      '48 changes waiting',
    ]);
  });

  it('shows no old refusal while a new sync runs, and the same count the progress bar counts down', () => {
    const status = {
      ...idle,
      lastError: { code: 'permission-denied', message: 'Server refused: You are not allowed to access this db.' },
    };
    expect(statusLines({ status, running: true, error: null, online: true }, t, describe_, time)).toEqual([
      'Syncing…',
      '48 changes waiting',
    ]);
  });

  it('tells a wrong password from a password not typed yet', () => {
    const wrong = { code: 'unauthorized', message: 'Server refused: the user name or password is wrong.' };
    const missing = { code: 'unauthorized', message: 'Type your sync password first.' };
    expect(statusLines({ status: idle, running: false, error: wrong, online: true }, t, describe_, time)[0]).toBe(
      'Server refused: the user name or password is wrong',
    );
    expect(statusLines({ status: idle, running: false, error: missing, online: true }, t, describe_, time)[0]).toBe(
      'Type your sync password first.',
    );
  });

  it('says offline with the work safe when the computer has no network, and "Synced" once nothing waits', () => {
    expect(statusLines({ status: idle, running: false, error: null, online: false }, t, describe_, time)[0]).toMatch(
      /^Offline: your work is safe on this computer/,
    );
    expect(
      statusLines(
        {
          status: { ...idle, changesWaiting: 0, lastSyncedAt: '2026-11-24T10:42:00.000Z', conflicts: 2 },
          running: false,
          error: null,
          online: true,
        },
        t,
        describe_,
        time,
      ),
    ).toEqual(['2 conflicts to resolve', 'Synced 10:42']);
  });
});
