import { build } from 'esbuild';

let bundled: Promise<string> | undefined;

/** Bundles bridge-entry.ts (and with it the real contract and buildApi) into one init script. */
export function bridgeScript(): Promise<string> {
  bundled ??= build({
    entryPoints: [new URL('./bridge-entry.ts', import.meta.url).pathname],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
  }).then((result) => {
    const [output] = result.outputFiles;
    if (!output) throw new Error('esbuild produced no bridge bundle');
    return output.text;
  });
  return bundled;
}
