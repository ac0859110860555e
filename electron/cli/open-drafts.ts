import { homedir } from 'node:os';
import path from 'node:path';
import { bundledFramework } from '../../shared/framework/load';
import { systemClock } from '../main/services/clock';
import { openDraftServices, type DraftServices } from '../main/services/drafts/draft-services';
import type { CliIo } from './io';

/** Where the desktop app keeps drafts (Electron's userData for "Ripoti" + ripoti-data). */
function appDataDir(): string {
  if (process.platform === 'win32') return path.join(process.env['APPDATA'] ?? path.join(homedir(), 'AppData', 'Roaming'), 'Ripoti', 'ripoti-data');
  if (process.platform === 'darwin') return path.join(homedir(), 'Library', 'Application Support', 'Ripoti', 'ripoti-data');
  return path.join(process.env['XDG_CONFIG_HOME'] ?? path.join(homedir(), '.config'), 'Ripoti', 'ripoti-data');
}

export const DATA_OPTION = { data: { type: 'string' } } as const;

/**
 * Opens the same durable drafts as the app: `--data <dir>`, else $RIPOTI_DATA_DIR, else the
 * app's own folder. Recovery notices are printed, as the app would show them.
 */
export async function openDraftsForCli(data: string | undefined, io: CliIo): Promise<DraftServices> {
  const dataDir = data ? path.resolve(io.cwd, data) : (process.env['RIPOTI_DATA_DIR'] ?? appDataDir());
  const drafts = await openDraftServices(dataDir, { appVersion: '0.1.0', framework: bundledFramework(), clock: systemClock, historyIntervalMinutes: () => 10 });
  for (const notice of drafts.store.recoveryNotices) io.err(`Note: ${notice.message}`);
  return drafts;
}
