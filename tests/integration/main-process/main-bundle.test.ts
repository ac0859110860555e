import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '@/electron/main/security/content-security-policy';
import { RENDERER_ENTRY_URL } from '@/electron/main/security/trusted-sender';
import { jobUpdateSchema, type JobUpdate } from '@/shared/ipc/channels/jobs';
import { apiMethods, channelOf } from '@/shared/ipc/contract';
import {
  repoRoot,
  runMainBundle,
  SYNC_PASSWORD,
  type CallResult,
  type DriverReport,
  type MainProcessRun,
  type MenuEntry,
} from './run-main-bundle';

/**
 * Runs the BUILT main bundle (out/main/index.js, what electron-builder packs) under Node with a
 * fake `electron`, because the Electron binary cannot run on these machines. Unit tests cover
 * the services; this covers main.ts and setup/*: start-up order, protocol, session guards,
 * services on real paths with electron-store, the keyring, IPC registration, auto-sync,
 * updates, the window's options and preload path, single instance and quitting.
 * RIPOTI_MAIN_BUNDLE=<file> points it at another build (to check that it can fail).
 */
const bundle = process.env['RIPOTI_MAIN_BUNDLE'] ?? path.join(repoRoot, 'out/main/index.js');
const FIRST_FILE = 'from-first-launch.ripoti';
const SECOND_FILE = 'from-second-launch.ripoti';
const contractChannels = apiMethods.map((method) => channelOf(method).name).sort();

let workDir: string;
let development: MainProcessRun;
let packaged: MainProcessRun;
let secondInstance: MainProcessRun;
let countyFeed: MainProcessRun;

/** resources/app-update.yml as electron-builder writes it from `publish` in electron-builder.yml. */
const appUpdateYml = (url: string) =>
  `provider: generic\nurl: ${url}\nchannel: latest\nupdaterCacheDirName: ripoti-updater\n`;
const COUNTY_FEED = 'https://ripoti.kilifi.go.ke/updates';

beforeAll(async () => {
  if (!existsSync(bundle))
    throw new Error(`${bundle} does not exist: run \`npm run build\` first (\`npm test\` does).`);
  workDir = await mkdtemp(path.join(tmpdir(), 'ripoti-main-process-'));
  const dirs = ['development', 'packaged', 'second-instance', 'county-feed'].map((name) => path.join(workDir, name));
  const [developmentDir = '', packagedDir = '', secondDir = '', countyDir = ''] = dirs;
  await writeFile(path.join(workDir, FIRST_FILE), 'first');
  await writeFile(path.join(workDir, SECOND_FILE), 'second');
  // Four separate processes, run side by side to keep the suite short.
  [development, packaged, secondInstance, countyFeed] = await Promise.all([
    runMainBundle(bundle, developmentDir, {
      packaged: false,
      singleInstanceLock: true,
      keyring: false,
      argv: [path.join(workDir, FIRST_FILE)],
      secondInstanceArgv: ['/opt/Ripoti/ripoti', '--no-sandbox', path.join(workDir, SECOND_FILE)],
    }),
    // A dev-server URL left in the environment must be ignored by a packaged app.
    // The feed electron-builder.yml bakes in by default: a placeholder that means "none".
    runMainBundle(bundle, packagedDir, {
      packaged: true,
      singleInstanceLock: true,
      keyring: true,
      env: { ELECTRON_RENDERER_URL: 'http://localhost:5173/' },
      appUpdateYml: appUpdateYml('https://updates.invalid/ripoti'),
    }),
    runMainBundle(bundle, secondDir, { packaged: true, singleInstanceLock: false, keyring: true }),
    // A county's build, on a machine where someone also set RIPOTI_UPDATE_URL.
    runMainBundle(bundle, countyDir, {
      packaged: true,
      singleInstanceLock: true,
      keyring: true,
      appUpdateYml: appUpdateYml(COUNTY_FEED),
      env: { RIPOTI_UPDATE_URL: 'https://elsewhere.example/updates' },
    }),
  ]);
}, 90_000);

afterAll(async () => {
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

/** The report, or a failure that shows how the child ended and what it printed on stderr. */
function reportOf(run: MainProcessRun): DriverReport {
  const summary = `exit ${String(run.exitCode)}${run.signal ? ` (${run.signal})` : ''} after ${run.durationMs} ms; stderr:\n${run.stderr}`;
  if (!run.report) throw new Error(`The main bundle produced no report: ${summary}`);
  expect(run.stderr, summary).toBe('');
  expect(run.exitCode, summary).toBe(0);
  expect(run.report.settled, `start-up did not finish: ${summary}`).toBe(true);
  return run.report;
}

function callsOf(run: MainProcessRun): NonNullable<DriverReport['calls']> {
  const { calls } = reportOf(run);
  if (!calls) throw new Error('No IPC handler was registered, so no call could be made.');
  return calls;
}

/** Every role in a menu template, submenus included. */
function rolesIn(menu: readonly MenuEntry[] | null | undefined): string[] {
  return (menu ?? []).flatMap((item) => [...(item.role ? [item.role] : []), ...rolesIn(item.submenu)]);
}

/** The value of a successful call; a failed one fails the test with its error. */
function valueOf(result: CallResult | null | undefined): unknown {
  expect(result).toMatchObject({ ok: true });
  return (result as { value: unknown }).value;
}

function errorCodeOf(result: CallResult): string | undefined {
  return 'ok' in result && !result.ok ? result.error.code : undefined;
}

describe('the built main process, in a development run', () => {
  it('starts without a crash, an error on stderr, or a hang', () => {
    reportOf(development);
  });

  it('registers the ripoti:// scheme as privileged before ready, then serves the renderer with the CSP', () => {
    const report = reportOf(development);
    expect(report.privilegedSchemes).toEqual([
      {
        schemes: [{ scheme: 'ripoti', privileges: { standard: true, secure: true, supportFetchAPI: true } }],
        beforeReady: true,
      },
    ]);
    expect(report.protocolSchemes).toEqual(['ripoti']);
    expect(report.appProtocol.index).toMatchObject({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      csp: CONTENT_SECURITY_POLICY,
    });
    expect(report.appProtocol.index?.bodyStart.toLowerCase()).toMatch(/^<!doctype html>/);
    expect(report.appProtocol.escape?.status).toBe(404);
    expect(report.appProtocol.otherHost?.status).toBe(404);
  });

  it('registers every channel of the contract exactly once, and nothing else', () => {
    const { handledChannels } = reportOf(development);
    expect([...handledChannels].sort()).toEqual(contractChannels);
    expect(new Set(handledChannels).size).toBe(handledChannels.length);
  });

  it('opens one secure window on the packaged renderer, with a preload that exists, and shows it', () => {
    const { windows } = reportOf(development);
    expect(windows).toHaveLength(1);
    const [window] = windows;
    expect(window?.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    // electron-vite writes the preload to out/preload/index.cjs, beside out/main.
    expect(window?.options.webPreferences?.preload).toBe(path.resolve(path.dirname(bundle), '../preload/index.cjs'));
    expect(window?.preloadExists).toBe(true);
    expect(window?.loadedUrls).toEqual([RENDERER_ENTRY_URL]);
    expect(window?.options.show).toBe(false);
    expect(window?.shown, 'hidden until ready-to-show, then shown').toBe(true);
  });

  it('guards the window: new windows, navigation, redirects and webviews refused; permissions denied', () => {
    const { guards, permissions } = reportOf(development);
    expect(guards?.windowOpen).toEqual({ action: 'deny' });
    expect(guards?.prevented).toEqual({
      'will-navigate': true,
      'will-redirect': true,
      'will-frame-navigate': true,
      'will-attach-webview': true,
    });
    expect(permissions).toEqual({ request: false, check: false });
  });

  it('answers the renderer: app info, settings kept by electron-store in userData', () => {
    const calls = callsOf(development);
    expect(valueOf(calls.appInfo)).toMatchObject({
      name: 'Ripoti',
      version: '0.1.0',
      electronVersion: expect.any(String) as string,
    });
    expect(valueOf(calls.settingsUpdate)).toMatchObject({ interfaceLanguage: 'sw' });
    expect(valueOf(calls.settingsGet)).toMatchObject({ interfaceLanguage: 'sw' });
    // The file SafeSettingsStore guards is the one electron-store writes.
    const settingsFile = path.join(development.userData, 'settings.json');
    expect(JSON.parse(readFileSync(settingsFile, 'utf8'))).toMatchObject({ settings: { interfaceLanguage: 'sw' } });
  });

  it('creates a report as a durable draft under userData and lists it', () => {
    const calls = callsOf(development);
    const created = valueOf(calls.createReport) as { id: string };
    expect(valueOf(calls.listReports)).toEqual([expect.objectContaining({ id: created.id, title: 'Wiring check' })]);
    expect(existsSync(path.join(development.userData, 'ripoti-data', 'drafts', created.id, 'report.json'))).toBe(true);
  });

  it('checks and downscales attached photos in the bundled photo worker, and refuses the 68-byte PNG by name', () => {
    const calls = callsOf(development);
    expect(valueOf(calls.addPhoto)).toMatchObject({
      fileName: 'festival.png',
      mediaType: 'image/png',
      width: 1600,
      height: 800,
    });
    expect(calls.addCrashPhoto).toMatchObject({
      ok: false,
      error: { code: 'invalid-data', detail: { kind: 'photo', photo: 'crash.png', problem: 'too-many-pixels' } },
    });
  });

  it('exports through the bundled worker, warmed up when the Export step opened, and the save dialog into the chosen folder', () => {
    const calls = callsOf(development);
    expect(valueOf(calls.prepareExport)).toBeNull();
    const { jobId } = valueOf(calls.startExport) as { jobId: string };
    const job = valueOf(calls.exportJob) as JobUpdate;
    expect(job, JSON.stringify(job)).toMatchObject({ jobId, kind: 'export', status: { state: 'done' } });
    const filePath = job.status.state === 'done' && job.kind === 'export' ? job.status.value.filePath : '';
    expect(path.dirname(filePath)).toBe(development.saveDir);
    expect(readFileSync(filePath).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(reportOf(development).saveDialogs).toBe(1);
    expect(reportOf(development).saveDialogFilters).toEqual([[{ name: 'Word document', extensions: ['docx'] }]]);
  });

  it('sends the export’s progress and end to its own window as jobs:updated events that pass the contract', () => {
    const { exportEvents } = callsOf(development);
    expect(new Set(exportEvents.map((event) => `${event.channel} ${event.url}`))).toEqual(
      new Set([`jobs:updated ${RENDERER_ENTRY_URL}`]),
    );
    const updates = exportEvents.map((event) => jobUpdateSchema.parse(event.payload));
    const codes = updates.map((update) =>
      update.status.state === 'running' ? update.status.progress.step.code : update.status.state,
    );
    expect(codes.at(-1)).toBe('done');
    expect(codes).toContain('laying-out');
    expect(codes.at(-2)).toBe('saving');
  });

  it('has no update server when unpackaged, and without a keyring keeps the sync password in memory only', () => {
    const calls = callsOf(development);
    expect(valueOf(calls.updateStatus)).toMatchObject({ state: 'not-configured' });
    expect(valueOf(calls.setSyncPassword)).toBeNull();
    expect(valueOf(calls.syncStatus)).toMatchObject({ passwordStored: true, passwordForSessionOnly: true });
    expect(existsSync(path.join(development.userData, 'credentials'))).toBe(false);
  });

  it('hands files from the first and a second launch to the renderer, oldest first', () => {
    const { pendingOpenFiles } = callsOf(development);
    expect(pendingOpenFiles.map((result) => valueOf(result))).toEqual([
      { fileName: FIRST_FILE, base64: Buffer.from('first').toString('base64') },
      { fileName: SECOND_FILE, base64: Buffer.from('second').toString('base64') },
      null,
    ]);
  });

  it('refuses calls from any other sender, and arguments that fail the contract', () => {
    const calls = callsOf(development);
    expect(errorCodeOf(calls.untrustedOrigin)).toBe('untrusted-sender');
    expect(errorCodeOf(calls.noSenderFrame)).toBe('untrusted-sender');
    expect(errorCodeOf(calls.untrustedDevServer)).toBe('untrusted-sender');
    expect(errorCodeOf(calls.invalidArguments)).toBe('invalid-arguments');
  });

  it('arms auto-sync and keeps the export thread warm without keeping the process alive, and quits when the last window closes', () => {
    const report = reportOf(development);
    expect(report.longTimers).toEqual([
      { kind: 'setTimeout', delayMs: 60_000, unref: true }, // auto-sync
      { kind: 'setTimeout', delayMs: 45_000, unref: true }, // the attached photo's time limit in its thread
      { kind: 'setTimeout', delayMs: 20_000, unref: true }, // the photo thread waiting for the next photo
      { kind: 'setTimeout', delayMs: 180_000, unref: true }, // the export thread started when the Export step opened
      { kind: 'setTimeout', delayMs: 180_000, unref: true }, // the same thread waiting for the next export
    ]);
    expect(report.appEvents).toEqual(
      expect.arrayContaining(['second-instance', 'open-file', 'web-contents-created', 'window-all-closed', 'activate']),
    );
    expect(report.quitCallsAtStart).toBe(0);
    expect(report.quitCallsAfterAllWindowsClosed).toBe(1);
  });

  it('sets its own menu in the interface language, with DevTools and Reload only in development, and redraws it when the language changes', () => {
    const report = reportOf(development);
    const english = report.applicationMenuAtStart;
    expect(rolesIn(english)).toEqual(
      expect.arrayContaining(['toggleDevTools', 'reload', 'quit', 'cut', 'copy', 'paste']),
    );
    expect(english?.map((item) => item.label)).toEqual(expect.arrayContaining(['File', 'Edit', 'View']));
    // settings:update switched the interface to Kiswahili: the menu follows, once.
    const last = report.applicationMenus.at(-1);
    expect(last?.map((item) => item.label)).toEqual(expect.arrayContaining(['Faili', 'Hariri', 'Mwonekano']));
    expect(report.applicationMenus).toHaveLength(2);
    expect(report.windows[0]?.options.webPreferences?.devTools).toBe(true);
  });

  it('checks spelling offline with the bundled dictionary of each report language', () => {
    const { spellCheck } = callsOf(development);
    // Capitalised and lower case alike; counties, acronyms and numbers are never underlined.
    expect(valueOf(spellCheck.sw)).toEqual(['elemu']);
    expect(valueOf(spellCheck.en)).toEqual(['recieve']);
    expect(valueOf(spellCheck.fr)).toEqual(['éducaton']);
  });

  it('right-click on a misspelt word: suggestions from its language first, then cut/copy/paste in Kiswahili; choosing one replaces the word', () => {
    const menus = reportOf(development).contextMenus;
    expect(menus?.misspelt?.window).toBe(true);
    const template = menus?.misspelt?.template ?? [];
    expect(template[0]).toEqual({ label: 'elimu' });
    const separator = template.findIndex((item) => item.type === 'separator');
    expect(separator).toBeGreaterThan(0);
    expect(template.slice(separator + 1).map((item) => [item.role, item.label, item.enabled ?? true])).toEqual([
      ['cut', 'Kata', false],
      ['copy', 'Nakili', false],
      ['paste', 'Bandika', true],
      [undefined, undefined, true],
      ['selectAll', 'Chagua Zote', true],
    ]);
    expect(menus?.replaced).toEqual(['elimu']);
  });

  it('right-click on selected text outside a field offers Copy alone', () => {
    expect(reportOf(development).contextMenus?.selection?.template).toEqual([{ role: 'copy', label: 'Nakili' }]);
  });
});

describe('the built main process, packaged', () => {
  it('ignores a dev-server URL: loads and trusts only ripoti://app', () => {
    const report = reportOf(packaged);
    expect(report.windows.map((window) => window.loadedUrls)).toEqual([[RENDERER_ENTRY_URL]]);
    expect(errorCodeOf(callsOf(packaged).untrustedDevServer)).toBe('untrusted-sender');
    expect(valueOf(callsOf(packaged).appInfo)).toMatchObject({ name: 'Ripoti' });
    expect([...report.handledChannels].sort()).toEqual(contractChannels);
  });

  it('has no update feed by default: nothing is checked, no timer armed, Settings says why', () => {
    const report = reportOf(packaged);
    expect(valueOf(callsOf(packaged).updateStatus)).toMatchObject({
      state: 'not-configured',
      feedUrl: null,
      notices: ['no-feed'],
    });
    expect(
      report.longTimers.filter((timer) => timer.delayMs === 30_000 || timer.delayMs === 6 * 60 * 60 * 1000),
    ).toEqual([]);
    expect(report.updater).toBeNull();
  });

  it('has no DevTools: none in the window, none in its menu, which is ours and has no Reload', () => {
    const report = reportOf(packaged);
    expect(report.windows[0]?.options.webPreferences).toMatchObject({ devTools: false, spellcheck: false });
    const roles = rolesIn(report.applicationMenuAtStart);
    expect(roles).not.toContain('toggleDevTools');
    expect(roles).not.toContain('reload');
    expect(roles).not.toContain('forceReload');
    expect(roles).toEqual(
      expect.arrayContaining([
        'quit',
        'undo',
        'redo',
        'cut',
        'copy',
        'paste',
        'selectAll',
        'zoomIn',
        'zoomOut',
        'resetZoom',
      ]),
    );
  });

  it('keeps the sync password only encrypted by the keyring', () => {
    const calls = callsOf(packaged);
    expect(valueOf(calls.setSyncPassword)).toBeNull();
    expect(valueOf(calls.syncStatus)).toMatchObject({ passwordStored: true, passwordForSessionOnly: false });
    const folder = path.join(packaged.userData, 'credentials');
    const files = readdirSync(folder);
    expect(files).toHaveLength(1);
    expect(readFileSync(path.join(folder, files[0] ?? '')).toString('utf8')).not.toContain(SYNC_PASSWORD);
  });
});

describe('the built main process, packaged by a county with its own update server', () => {
  it('updates only from the baked-in feed, ignores RIPOTI_UPDATE_URL and says so', () => {
    const status = valueOf(callsOf(countyFeed).updateStatus);
    expect(status).toMatchObject({ state: 'not-checked', feedUrl: COUNTY_FEED, notices: ['environment-url-ignored'] });
  });

  it('schedules its checks without keeping the process alive', () => {
    const report = reportOf(countyFeed);
    expect(report.longTimers).toEqual(
      expect.arrayContaining([
        { kind: 'setTimeout', delayMs: 30_000, unref: true },
        { kind: 'setInterval', delayMs: 6 * 60 * 60 * 1000, unref: true },
      ]),
    );
    expect(report.longTimers.every((timer) => timer.unref)).toBe(true);
  });

  it.runIf(process.platform === 'linux')(
    'on Linux tells of a new version but neither downloads nor installs it',
    () => {
      expect(valueOf(callsOf(countyFeed).updateStatus)).toMatchObject({ installsItself: false });
      expect(reportOf(countyFeed).updater).toEqual({
        autoDownload: false,
        autoInstallOnAppQuit: false,
        allowDowngrade: false,
      });
    },
  );
});

describe('the built main process, launched while Ripoti already runs', () => {
  it('quits at once: no window, no IPC, no drafts opened', () => {
    const report = reportOf(secondInstance);
    expect(report.quitCallsAtStart).toBe(1);
    expect(report.windows).toEqual([]);
    expect(report.handledChannels).toEqual([]);
    expect(report.protocolSchemes).toEqual([]);
    expect(existsSync(path.join(secondInstance.userData, 'ripoti-data'))).toBe(false);
  });
});
