/**
 * Node module customization hook (runs on the loader thread): every ESM `import … from 'electron'`,
 * the bundle's and electron-store's, gets the fake instead of the npm package, whose index.js
 * only returns the path of a binary that cannot be downloaded here.
 */
const fakeElectronUrl = new URL('./fake-electron.mjs', import.meta.url).href;

/** @type {import('node:module').ResolveHook} */
export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron') return { url: fakeElectronUrl, shortCircuit: true };
  return nextResolve(specifier, context);
}
