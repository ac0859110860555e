import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserWindowConstructorOptions } from 'electron';
import type { IpcResult } from '@/shared/ipc/result';

/** Must match RESULT_MARKER in driver.mjs. */
const RESULT_MARKER = 'RIPOTI-MAIN-PROCESS-RESULT ';
/** Start-up, the calls and a one-area export take ~2–3 s (more on a busy machine); this only stops a hung child. */
const KILL_AFTER_MS = 60_000;

/** What the driver types into the Sync step; the test looks for it in the stored file. */
export const SYNC_PASSWORD = 'wiring-check-secret';

const here = import.meta.dirname;
export const repoRoot = path.resolve(here, '../../..');

/** What the fake Electron answers (read by scenario.mjs in the child). */
export interface Scenario {
  readonly packaged: boolean;
  readonly singleInstanceLock: boolean;
  readonly keyring: boolean;
  /** Extra environment for the app, e.g. ELECTRON_RENDERER_URL. */
  readonly env?: Readonly<Record<string, string>>;
  /** Command-line arguments after the bundle, as the OS would pass on a double-click. */
  readonly argv?: readonly string[];
  /** The command line of a later, second launch. */
  readonly secondInstanceArgv?: readonly string[];
  /** resources/app-update.yml as electron-builder would have written it; none when absent. */
  readonly appUpdateYml?: string;
}

/** Words the driver sends through `spelling:check` (one field per report language), and the one it right-clicks. */
export const SPELLING = {
  sw: ['Elimu', 'elemu', 'kujifunza', 'Kilifi', 'UNESCO', '2026'],
  en: ['organisation', 'recieve', 'Garissa', 'programme'],
  fr: ['communauté', 'éducaton', "l'apprentissage"],
  rightClick: 'elemu',
} as const;

export type CallResult = IpcResult<unknown> | { readonly notRegistered: string };

interface ProtocolAnswer {
  readonly status: number;
  readonly contentType: string | null;
  readonly csp: string | null;
  readonly bodyStart: string;
}

/** The JSON driver.mjs prints: what the app did to (fake) Electron, and the answers it gave. */
export interface DriverReport {
  readonly settled: boolean;
  readonly privilegedSchemes: readonly {
    readonly schemes: readonly { scheme: string; privileges: Record<string, boolean> }[];
    readonly beforeReady: boolean;
  }[];
  readonly protocolSchemes: readonly string[];
  readonly handledChannels: readonly string[];
  readonly appEvents: readonly string[];
  readonly windows: readonly {
    readonly options: BrowserWindowConstructorOptions;
    readonly loadedUrls: readonly string[];
    readonly shown: boolean;
    readonly preloadExists: boolean;
  }[];
  readonly guards: { readonly windowOpen: unknown; readonly prevented: Readonly<Record<string, boolean>> } | null;
  readonly permissions: { readonly request: boolean | null; readonly check: boolean | null };
  readonly appProtocol: Readonly<Record<'index' | 'escape' | 'otherHost', ProtocolAnswer | null>>;
  readonly calls: {
    readonly appInfo: CallResult;
    readonly settingsUpdate: CallResult;
    readonly settingsGet: CallResult;
    readonly createReport: CallResult;
    readonly listReports: CallResult;
    readonly updateStatus: CallResult;
    readonly setSyncPassword: CallResult;
    readonly syncStatus: CallResult;
    readonly addPhoto: CallResult;
    readonly addCrashPhoto: CallResult;
    readonly prepareExport: CallResult;
    readonly startExport: CallResult;
    /** The jobs:updated events the window received for the export, in order. */
    readonly exportEvents: readonly { readonly url: string; readonly channel: string; readonly payload: unknown }[];
    readonly exportJob: CallResult | null;
    readonly pendingOpenFiles: readonly CallResult[];
    readonly invalidArguments: CallResult;
    readonly untrustedOrigin: CallResult;
    readonly untrustedDevServer: CallResult;
    readonly noSenderFrame: CallResult;
    readonly spellCheck: Readonly<Record<'sw' | 'en' | 'fr', CallResult>>;
  } | null;
  readonly saveDialogs: number;
  readonly applicationMenuAtStart: readonly MenuEntry[] | null;
  readonly applicationMenus: readonly (readonly MenuEntry[] | null)[];
  readonly contextMenus: {
    readonly misspelt: { readonly template: readonly MenuEntry[]; readonly window: boolean } | null;
    readonly selection: { readonly template: readonly MenuEntry[]; readonly window: boolean } | null;
    readonly replaced: readonly string[];
  } | null;
  readonly updater: {
    readonly autoDownload: boolean;
    readonly autoInstallOnAppQuit: boolean;
    readonly allowDowngrade: boolean;
  } | null;
  readonly saveDialogFilters: readonly unknown[];
  readonly longTimers: readonly { readonly kind: string; readonly delayMs: number; readonly unref: boolean }[];
  readonly quitCallsAtStart: number;
  readonly quitCallsAfterAllWindowsClosed: number;
}

/** A menu item as the driver describes it (no click functions). */
export interface MenuEntry {
  readonly role?: string;
  readonly type?: string;
  readonly label?: string;
  readonly enabled?: false;
  readonly submenu?: readonly MenuEntry[];
}

export interface MainProcessRun {
  readonly exitCode: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stderr: string;
  readonly report: DriverReport | undefined;
  readonly userData: string;
  readonly saveDir: string;
  readonly durationMs: number;
}

/**
 * Runs the built main bundle in its own Node process with the fake `electron` (so neither the
 * fake nor the app's global state reaches vitest), inside `dir`, and collects the driver's report.
 */
export async function runMainBundle(bundle: string, dir: string, scenario: Scenario): Promise<MainProcessRun> {
  const userData = path.join(dir, 'userData');
  const saveDir = path.join(dir, 'Documents');
  const resourcesPath = path.join(dir, 'resources');
  for (const folder of [userData, saveDir, resourcesPath]) await mkdir(folder, { recursive: true });
  if (scenario.appUpdateYml !== undefined)
    await writeFile(path.join(resourcesPath, 'app-update.yml'), scenario.appUpdateYml);
  const fake = {
    userData,
    resourcesPath,
    saveDir,
    version: '0.1.0',
    packaged: scenario.packaged,
    singleInstanceLock: scenario.singleInstanceLock,
    keyring: scenario.keyring,
    online: false,
    syncPassword: SYNC_PASSWORD,
    secondInstanceArgv: scenario.secondInstanceArgv ?? [],
    spelling: SPELLING,
  };
  // Nothing from the calling shell may steer the app: no dev server, no update feed, no loaders.
  const env: NodeJS.ProcessEnv = { ...process.env, RIPOTI_FAKE_ELECTRON: JSON.stringify(fake), ...scenario.env };
  if (!scenario.env?.['ELECTRON_RENDERER_URL']) delete env['ELECTRON_RENDERER_URL'];
  if (!scenario.env?.['RIPOTI_UPDATE_URL']) delete env['RIPOTI_UPDATE_URL'];
  delete env['NODE_OPTIONS'];

  const started = Date.now();
  const args = [
    '--import',
    path.join(here, 'register-fake-electron.mjs'),
    path.join(here, 'driver.mjs'),
    bundle,
    ...(scenario.argv ?? []),
  ];
  const child = spawn(process.execPath, args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const killer = setTimeout(() => child.kill('SIGKILL'), KILL_AFTER_MS);
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, exitSignal) => resolve([code, exitSignal]));
  }).finally(() => clearTimeout(killer));

  const line = stdout.split('\n').find((each) => each.startsWith(RESULT_MARKER));
  const report = line ? (JSON.parse(line.slice(RESULT_MARKER.length)) as DriverReport) : undefined;
  return { exitCode, signal, stderr, report, userData, saveDir, durationMs: Date.now() - started };
}
