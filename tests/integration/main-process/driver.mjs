import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { app, emitReady, record } from './fake-electron.mjs';
import { longTimers, watchLongTimers } from './long-timers.mjs';
import { scenario } from './scenario.mjs';
import { crashPhoto, largePhoto } from './test-photos.mjs';

/**
 * Runs the built main bundle (argv[2]) on the fake Electron, plays the part of Electron and of
 * the renderer, and prints one JSON line, prefixed by a marker, with what it saw. It judges
 * nothing: main-bundle.test.ts does. Usage:
 *   node --import ./register-fake-electron.mjs driver.mjs out/main/index.js [file.ripoti]
 */
const RESULT_MARKER = 'RIPOTI-MAIN-PROCESS-RESULT ';
const STARTUP_TIMEOUT_MS = 20_000;
const JOB_TIMEOUT_MS = 20_000;
const UNTRUSTED_URL = 'https://evil.example/';

const bundle = process.argv[2];
if (!bundle) throw new Error('usage: driver.mjs <out/main/index.js> [files…]');

async function waitFor(condition, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await sleep(10);
  }
  return true;
}

/** A call as the renderer's ipcRenderer.invoke would arrive: the event carries the sending frame. */
async function invoke(channel, args, senderUrl) {
  const handler = record.ipcHandlers.get(channel);
  if (!handler) return { notRegistered: channel };
  const event = { senderFrame: senderUrl === null ? null : { url: senderUrl }, sender: record.windows[0]?.webContents };
  return handler(event, args);
}

/** Follows a job the way the renderer does: by the jobs:updated events main sends to the window, until it ends. */
async function settleJob(jobId) {
  const ofJob = () =>
    record.sentEvents.filter((event) => event.channel === 'jobs:updated' && event.payload.jobId === jobId);
  await waitFor(() => ofJob().some((event) => event.payload.status.state !== 'running'), JOB_TIMEOUT_MS);
  return ofJob();
}

/** Emits a navigation-like event on a web contents and tells whether a listener prevented it. */
function prevented(contents, eventName) {
  let wasPrevented = false;
  contents.emit(eventName, { preventDefault: () => (wasPrevented = true) }, UNTRUSTED_URL);
  return wasPrevented;
}

/** A template as JSON: what the officer would see (roles, labels, enabled), without the click functions. */
function describeMenu(template) {
  return (
    template?.map((item) => ({
      ...(item.role && { role: item.role }),
      ...(item.type && { type: item.type }),
      ...(item.label !== undefined && { label: item.label }),
      ...(item.enabled === false && { enabled: false }),
      ...(item.submenu && { submenu: describeMenu(item.submenu) }),
    })) ?? null
  );
}

/** Right-clicks as Chromium reports it, waits for the menu main pops up, and presses its first item if asked. */
async function rightClick(contents, params) {
  const before = record.popups.length;
  contents.emit(
    'context-menu',
    { preventDefault() {} },
    {
      isEditable: false,
      selectionText: '',
      misspelledWord: '',
      dictionarySuggestions: [],
      editFlags: { canCut: false, canCopy: false, canPaste: true, canSelectAll: true },
      ...params,
    },
  );
  const shown = await waitFor(() => record.popups.length > before, 10_000);
  return shown ? record.popups[before] : null;
}

async function fetchFromApp(url) {
  const handler = record.protocolHandlers.get('ripoti');
  if (!handler) return null;
  const response = await handler(new Request(url));
  const body = await response.text();
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    csp: response.headers.get('content-security-policy'),
    bodyStart: body.slice(0, 200),
  };
}

async function exercise(trustedUrl) {
  const calls = {};
  calls.appInfo = await invoke('app:info', {}, trustedUrl);
  calls.settingsUpdate = await invoke('settings:update', { patch: { interfaceLanguage: 'sw' } }, trustedUrl);
  calls.settingsGet = await invoke('settings:get', {}, trustedUrl);
  calls.createReport = await invoke('reports:create', { title: 'Wiring check', county: 'Kilifi' }, trustedUrl);
  calls.listReports = await invoke('reports:list', {}, trustedUrl);
  calls.updateStatus = await invoke('updates:status', {}, trustedUrl);
  calls.setSyncPassword = await invoke('sync:set-password', { password: scenario.syncPassword }, trustedUrl);
  const reportId = calls.createReport?.ok ? calls.createReport.value.id : 'missing';
  calls.syncStatus = await invoke('sync:status', { reportId }, trustedUrl);
  calls.addPhoto = await invoke(
    'attachments:add',
    { reportId, fileName: 'festival.png', mediaType: 'image/png', base64: largePhoto() },
    trustedUrl,
  );
  calls.addCrashPhoto = await invoke(
    'attachments:add',
    { reportId, fileName: 'crash.png', mediaType: 'image/png', base64: crashPhoto() },
    trustedUrl,
  );
  // The Export step opens (its worker thread starts warming up), then the officer exports at once.
  calls.prepareExport = await invoke('export:prepare', {}, trustedUrl);
  calls.startExport = await invoke(
    'export:start',
    {
      reportId,
      options: { mode: 'draft', paper: 'a4', includePhotos: true, areaIds: ['1.1'], language: 'en', confirmed: [] },
    },
    trustedUrl,
  );
  const jobId = calls.startExport?.ok ? calls.startExport.value.jobId : null;
  calls.exportEvents = jobId ? await settleJob(jobId) : [];
  calls.exportJob = jobId ? await invoke('jobs:status', { jobId }, trustedUrl) : null;
  // Files the OS asked to open: one on this process's command line, one from a second launch.
  app.emit('second-instance', { preventDefault() {} }, scenario.secondInstanceArgv, scenario.userData, {});
  calls.pendingOpenFiles = [];
  for (let i = 0; i < 3; i++) calls.pendingOpenFiles.push(await invoke('app:pending-open-file', {}, trustedUrl));
  // The preload's spell-check provider, one field in each report language.
  calls.spellCheck = {
    sw: await invoke('spelling:check', { language: 'sw', words: scenario.spelling.sw }, trustedUrl),
    en: await invoke('spelling:check', { language: 'en', words: scenario.spelling.en }, trustedUrl),
    fr: await invoke('spelling:check', { language: 'fr', words: scenario.spelling.fr }, trustedUrl),
  };
  calls.invalidArguments = await invoke('reports:create', { title: 42 }, trustedUrl);
  calls.untrustedOrigin = await invoke('reports:list', {}, UNTRUSTED_URL);
  calls.untrustedDevServer = await invoke('app:info', {}, 'http://localhost:5173/');
  calls.noSenderFrame = await invoke('settings:get', {}, null);
  return calls;
}

watchLongTimers();
await import(pathToFileURL(bundle).href);
emitReady();
// Start-up is over when the window exists (or, for a second instance, when it asked to quit).
const settled = await waitFor(
  () => record.windows.some((window) => window.loadedUrls.length > 0) || record.quitCalls > 0,
  STARTUP_TIMEOUT_MS,
);
await sleep(50);

const [window] = record.windows;
const contents = window?.webContents;
const windows = record.windows.map((each) => ({
  options: each.options,
  loadedUrls: each.loadedUrls,
  shown: each.shown,
  preloadExists:
    typeof each.options.webPreferences?.preload === 'string' && existsSync(each.options.webPreferences.preload),
}));
const guards = contents
  ? {
      windowOpen: contents.windowOpenHandler?.({ url: UNTRUSTED_URL }) ?? null,
      prevented: Object.fromEntries(
        ['will-navigate', 'will-redirect', 'will-frame-navigate', 'will-attach-webview'].map((name) => [
          name,
          prevented(contents, name),
        ]),
      ),
    }
  : null;
const permissions = {
  request: record.permissionRequestHandler
    ? await new Promise((resolve) => record.permissionRequestHandler(contents, 'media', resolve, {}))
    : null,
  check: record.permissionCheckHandler
    ? record.permissionCheckHandler(contents, 'notifications', 'ripoti://app', {})
    : null,
};
const appProtocol = {
  index: await fetchFromApp('ripoti://app/index.html'),
  escape: await fetchFromApp('ripoti://app/..%2f..%2fpackage.json'),
  otherHost: await fetchFromApp('ripoti://elsewhere/index.html'),
};
const quitCallsAtStart = record.quitCalls;
const applicationMenuAtStart = describeMenu(record.applicationMenus.at(-1));
// The renderer's frame is at the URL the window loaded: that is the sender main must trust.
const calls = record.ipcHandlers.size > 0 ? await exercise(window?.loadedUrls[0] ?? 'ripoti://app/index.html') : null;
// Right-clicks, after the spell checks above (which told main the misspelt words' languages).
let contextMenus = null;
if (contents && calls) {
  const misspelt = await rightClick(contents, {
    isEditable: true,
    misspelledWord: scenario.spelling.rightClick,
    editFlags: { canCut: false, canCopy: false, canPaste: true, canSelectAll: true },
  });
  const firstSuggestion = misspelt?.template.find((item) => item.click);
  firstSuggestion?.click();
  const selection = await rightClick(contents, {
    selectionText: 'Kilifi County',
    editFlags: { canCut: false, canCopy: true, canPaste: false, canSelectAll: true },
  });
  contextMenus = {
    misspelt: misspelt && { ...misspelt, template: describeMenu(misspelt.template) },
    selection: selection && { ...selection, template: describeMenu(selection.template) },
    replaced: [...record.replacedMisspellings],
  };
}
/** electron-updater's switches, read only where the app configured it (reading creates the updater). */
let updater = null;
if (calls?.updateStatus?.ok && calls.updateStatus.value.feedUrl) {
  const { autoUpdater } = createRequire(import.meta.url)('electron-updater');
  updater = {
    autoDownload: autoUpdater.autoDownload,
    autoInstallOnAppQuit: autoUpdater.autoInstallOnAppQuit,
    allowDowngrade: autoUpdater.allowDowngrade,
  };
}

// Last, the officer closes the window: on Windows and Linux the app quits.
app.emit('window-all-closed');

const result = {
  settled,
  privilegedSchemes: record.privilegedSchemes,
  protocolSchemes: [...record.protocolHandlers.keys()],
  handledChannels: record.handledChannels,
  appEvents: app.eventNames().map(String),
  windows,
  guards,
  permissions,
  appProtocol,
  calls,
  saveDialogs: record.saveDialogs.length,
  applicationMenuAtStart,
  applicationMenus: record.applicationMenus.map(describeMenu),
  contextMenus,
  updater,
  saveDialogFilters: record.saveDialogs.map((options) => options.filters),
  longTimers,
  quitCallsAtStart,
  quitCallsAfterAllWindowsClosed: record.quitCalls,
};
process.stdout.write(`${RESULT_MARKER}${JSON.stringify(result)}\n`);
// Electron would keep running; the test has what it needs.
process.exit(0);
