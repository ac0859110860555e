/**
 * The situation the fake Electron plays (temp userData, packaged or not, keyring or not…),
 * chosen by the test and handed to the child process as JSON in one environment variable,
 * so the fake and the driver read the same answers.
 */
const raw = process.env['RIPOTI_FAKE_ELECTRON'];
if (!raw) throw new Error('RIPOTI_FAKE_ELECTRON is not set: run this file through run-main-bundle.ts');

/**
 * @type {{
 *   userData: string,
 *   resourcesPath: string,
 *   saveDir: string,
 *   version: string,
 *   packaged: boolean,
 *   singleInstanceLock: boolean,
 *   keyring: boolean,
 *   online: boolean,
 *   syncPassword: string,
 *   secondInstanceArgv: string[],
 *   spelling: { sw: string[], en: string[], fr: string[], rightClick: string },
 * }}
 */
export const scenario = JSON.parse(raw);
