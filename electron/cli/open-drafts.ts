import { homedir } from 'node:os';
import path from 'node:path';
import { bundledFramework } from '../../shared/framework/load';
import { systemClock } from '../main/services/clock';
import { openDraftServices, type DraftServices } from '../main/services/drafts/draft-services';
import { readDraftsAgainst } from '../main/services/framework/framework-in-use';
import { FrameworkStore } from '../main/services/framework/framework-store';
import type { CliIo } from './io';

/** Where the desktop app keeps drafts (Electron's userData for "Ripoti" + ripoti-data). */
function appDataDir(): string {
  if (process.platform === 'win32')
    return path.join(process.env['APPDATA'] ?? path.join(homedir(), 'AppData', 'Roaming'), 'Ripoti', 'ripoti-data');
  if (process.platform === 'darwin')
    return path.join(homedir(), 'Library', 'Application Support', 'Ripoti', 'ripoti-data');
  return path.join(process.env['XDG_CONFIG_HOME'] ?? path.join(homedir(), '.config'), 'Ripoti', 'ripoti-data');
}

export const DATA_OPTION = { data: { type: 'string' } } as const;

/** The data folder the CLI works on: `--data <dir>`, else $RIPOTI_DATA_DIR, else the app's own folder. */
export function dataDirForCli(data: string | undefined, io: CliIo): string {
  return data ? path.resolve(io.cwd, data) : (process.env['RIPOTI_DATA_DIR'] ?? appDataDir());
}

/**
 * Opens the same durable drafts as the app, read against the same questions (the national
 * office's version once accepted there). Recovery notices are printed, as the app would show them.
 */
export async function openDraftsForCli(data: string | undefined, io: CliIo): Promise<DraftServices> {
  return (await openDataForCli(data, io)).drafts;
}

export async function openDataForCli(
  data: string | undefined,
  io: CliIo,
): Promise<{ drafts: DraftServices; frameworkStore: FrameworkStore }> {
  const dataDir = dataDirForCli(data, io);
  const frameworkStore = await FrameworkStore.open(dataDir, bundledFramework());
  for (const notice of frameworkStore.notices)
    io.err(
      `Note: the questions kept in ${dataDir} ${notice.kind === 'damaged' ? 'were damaged and set aside' : `(${notice.version ?? ''}) are replaced by this version's own`}; using ${frameworkStore.current().version}.`,
    );
  readDraftsAgainst(() => frameworkStore.current());
  const drafts = await openDraftServices(dataDir, {
    appVersion: '0.1.0',
    get framework() {
      return frameworkStore.current();
    },
    clock: systemClock,
    historyIntervalMinutes: () => 10,
  });
  for (const notice of drafts.store.recoveryNotices) io.err(`Note: ${notice.message}`);
  return { drafts, frameworkStore };
}
