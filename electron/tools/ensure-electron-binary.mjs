// `npm start` needs the Electron binary, which `npm ci` does not fetch here (allowScripts and
// ELECTRON_SKIP_BINARY_DOWNLOAD keep installs working without internet). On a machine with
// internet this runs electron's own install script once; without it, it says what to do instead.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const electronDir = path.dirname(require.resolve('electron/package.json'));
const pathFile = path.join(electronDir, 'path.txt');
const installed =
  existsSync(pathFile) && existsSync(path.join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim()));

if (!installed) {
  console.log('Ripoti: the Electron binary is not installed yet; fetching it with electron’s install script…');
  const env = { ...process.env };
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  const result = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error('Ripoti: could not download Electron (no internet?). The app window needs it once.');
    console.error('Without it, the headless CLI does the same work: npm run report -- help');
    process.exit(1);
  }
}
