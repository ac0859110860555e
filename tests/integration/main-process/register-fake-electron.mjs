import Module, { createRequire, register } from 'node:module';
import electron from './fake-electron.mjs';

/**
 * Loaded with `node --import` before the bundle. ESM imports of 'electron' go through the
 * resolve hook. CommonJS `require('electron')` (electron-updater, lazily, in a packaged run)
 * does not pass through hooks on Node 20, so the same fake object is put in the require cache
 * under the file such a require would load.
 */
register('./electron-resolve-hook.mjs', import.meta.url);

const require = createRequire(import.meta.url);
const electronPath = require.resolve('electron');
const cached = new Module(electronPath);
cached.filename = electronPath;
cached.loaded = true;
cached.exports = electron;
require.cache[electronPath] = cached;
