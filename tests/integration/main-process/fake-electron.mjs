import { EventEmitter } from 'node:events';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { scenario } from './scenario.mjs';

/**
 * A stand-in for the `electron` module, only because the Electron binary cannot run on these
 * machines. It offers the calls Ripoti's main bundle (and electron-store) make, answers them
 * the way Electron documents (including the errors for using session, protocol or windows
 * before `ready`), and records what the app did so the driver can report it. It decides
 * nothing for the app: every answer comes from the scenario.
 */

/** What the app asked of Electron. */
export const record = {
  /** Each registerSchemesAsPrivileged call, and whether `ready` had fired by then. */
  privilegedSchemes: /** @type {{ schemes: unknown[], beforeReady: boolean }[]} */ ([]),
  protocolHandlers: /** @type {Map<string, (request: Request) => Promise<Response>>} */ (new Map()),
  /** Every ipcMain.handle call in order, duplicates included. */
  handledChannels: /** @type {string[]} */ ([]),
  ipcHandlers: /** @type {Map<string, (event: unknown, args: unknown) => unknown>} */ (new Map()),
  windows: /** @type {BrowserWindow[]} */ ([]),
  permissionRequestHandler: /** @type {Function | null} */ (null),
  permissionCheckHandler: /** @type {Function | null} */ (null),
  saveDialogs: /** @type {unknown[]} */ ([]),
  /** Every webContents.send, in order: what the renderer would have received. */
  sentEvents: /** @type {{ url: string, channel: string, payload: unknown }[]} */ ([]),
  openedPaths: /** @type {string[]} */ ([]),
  /** Each Menu.setApplicationMenu, as the template it was built from. */
  applicationMenus: /** @type {unknown[][]} */ ([]),
  /** Each menu.popup(): the template (click functions kept, for the driver to press) and whether it had a window. */
  popups: /** @type {{ template: any[], window: boolean }[]} */ ([]),
  /** webContents.replaceMisspelling calls. */
  replacedMisspellings: /** @type {string[]} */ ([]),
  quitCalls: 0,
};

let ready = false;
/** @type {() => void} */
let resolveReady = () => undefined;
const readyPromise = new Promise((resolve) => (resolveReady = () => resolve(undefined)));

function requireReady(what) {
  if (!ready) throw new Error(`${what} can only be used after the app is ready (fake electron)`);
}

// What Electron's runtime sets on `process` in the main process.
const electronPackage = createRequire(import.meta.url)('electron/package.json');
process.versions.electron = electronPackage.version;
process.type = 'browser';
process.resourcesPath = scenario.resourcesPath;

class App extends EventEmitter {
  isPackaged = scenario.packaged;
  name = 'Ripoti';

  getName() {
    return this.name;
  }
  getVersion() {
    return scenario.version;
  }
  getPath(name) {
    const paths = { userData: scenario.userData, appData: path.dirname(scenario.userData), temp: os.tmpdir() };
    if (!(name in paths)) throw new Error(`fake electron: app.getPath('${name}') is not part of the scenario`);
    return paths[name];
  }
  isReady() {
    return ready;
  }
  whenReady() {
    return readyPromise;
  }
  requestSingleInstanceLock() {
    return scenario.singleInstanceLock;
  }
  quit() {
    record.quitCalls += 1;
  }
}

export const app = new App();

/** The driver's part: Electron fires `ready` once the main script has run. */
export function emitReady() {
  ready = true;
  app.emit('ready', {}, {});
  resolveReady();
}

class IpcMain extends EventEmitter {
  handle(channel, listener) {
    record.handledChannels.push(channel);
    if (record.ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    record.ipcHandlers.set(channel, listener);
  }
  removeHandler(channel) {
    record.ipcHandlers.delete(channel);
  }
}

export const ipcMain = new IpcMain();

export const protocol = {
  registerSchemesAsPrivileged(schemes) {
    record.privilegedSchemes.push({ schemes, beforeReady: !ready });
  },
  handle(scheme, handler) {
    requireReady('protocol');
    record.protocolHandlers.set(scheme, handler);
  },
};

const defaultSession = {
  setPermissionRequestHandler(handler) {
    record.permissionRequestHandler = handler;
  },
  setPermissionCheckHandler(handler) {
    record.permissionCheckHandler = handler;
  },
};

export const session = {
  get defaultSession() {
    requireReady('session');
    return defaultSession;
  },
};

class WebContents extends EventEmitter {
  /** @type {((details: { url: string }) => unknown) | null} */
  windowOpenHandler = null;

  constructor(window) {
    super();
    this.window = window;
  }

  setWindowOpenHandler(handler) {
    this.windowOpenHandler = handler;
  }
  replaceMisspelling(word) {
    record.replacedMisspellings.push(word);
  }
  isDestroyed() {
    return false;
  }
  /** The URL of the page on show: the last one loaded. */
  getURL() {
    return this.window.loadedUrls.at(-1) ?? '';
  }
  /** Electron structured-clones the payload on its way to the renderer. */
  send(channel, payload) {
    record.sentEvents.push({ url: this.getURL(), channel, payload: structuredClone(payload) });
  }
}

export class BrowserWindow extends EventEmitter {
  static getAllWindows() {
    return [...record.windows];
  }
  /** Nothing has the keyboard focus in a headless run. */
  static getFocusedWindow() {
    return null;
  }
  static fromWebContents(contents) {
    return record.windows.find((window) => window.webContents === contents) ?? null;
  }

  /** @type {string[]} */
  loadedUrls = [];
  shown = false;

  constructor(options = {}) {
    super();
    requireReady('BrowserWindow');
    this.options = options;
    this.webContents = new WebContents(this);
    record.windows.push(this);
    // Electron announces every new web contents, which is where the app installs its guards.
    app.emit('web-contents-created', {}, this.webContents);
  }

  loadURL(url) {
    this.loadedUrls.push(url);
    // The first paint follows the load: Electron then fires ready-to-show.
    setImmediate(() => this.emit('ready-to-show'));
    return Promise.resolve();
  }
  show() {
    this.shown = true;
  }
  isDestroyed() {
    return false;
  }
  focus() {}
  isMinimized() {
    return false;
  }
  restore() {}
}

/** Electron builds native menus from templates; the fake keeps the template. Roles and labels are what the app decides. */
export class Menu {
  constructor(template) {
    this.template = template;
  }
  static buildFromTemplate(template) {
    requireReady('Menu');
    return new Menu(template);
  }
  static setApplicationMenu(menu) {
    record.applicationMenus.push(menu === null ? null : menu.template);
  }
  popup(options = {}) {
    record.popups.push({ template: this.template, window: Boolean(options.window) });
  }
}

export const dialog = {
  /** The officer accepts the suggested file name, in the scenario's folder. */
  async showSaveDialog(windowOrOptions, maybeOptions) {
    const options = maybeOptions ?? windowOrOptions;
    record.saveDialogs.push(options);
    return {
      canceled: false,
      filePath: path.join(scenario.saveDir, path.basename(options.defaultPath ?? 'report.docx')),
    };
  },
};

export const shell = {
  async openPath(filePath) {
    record.openedPaths.push(filePath);
    return '';
  },
  showItemInFolder(filePath) {
    record.openedPaths.push(path.dirname(filePath));
  },
};

export const net = {
  isOnline: () => scenario.online,
};

/** Reversible and visibly not plain text: enough to tell whether the app stored what it was given. */
const scramble = (bytes) => Buffer.from(bytes.map((byte) => byte ^ 0x5a));

export const safeStorage = {
  isAsyncEncryptionAvailable: async () => scenario.keyring,
  // What Electron reports on Linux without a secret service, or with GNOME's.
  getSelectedStorageBackend: () => (scenario.keyring ? 'gnome_libsecret' : 'basic_text'),
  encryptStringAsync: async (plain) => scramble(Buffer.from(plain, 'utf8')),
  decryptStringAsync: async (encrypted) => ({ result: scramble(encrypted).toString('utf8'), shouldReEncrypt: false }),
};

export default { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, safeStorage, session, shell };
