import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';

/** Package names a bundled ESM/CJS file loads at run time (bare specifiers, no node: built-ins). */
export function bareImportsOf(source: string): string[] {
  const specifiers = new Set<string>();
  const patterns = [
    /\bfrom\s*["']([^"']+)["']/g,
    /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g,
    /\bimport\s*["']([^"']+)["']/g,
    /\brequire\(\s*["']([^"']+)["']\s*\)/g,
  ];
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) if (match[1]) specifiers.add(match[1]);
  const packages = [...specifiers]
    .filter((specifier) => !specifier.startsWith('.') && !specifier.startsWith('/') && !specifier.startsWith('node:'))
    .map((specifier) =>
      specifier
        .split('/')
        .slice(0, specifier.startsWith('@') ? 2 : 1)
        .join('/'),
    )
    .filter((name) => !builtinModules.includes(name));
  return [...new Set(packages)].sort();
}

interface Manifest {
  readonly dependencies?: Record<string, string>;
  readonly optionalDependencies?: Record<string, string>;
  readonly devDependencies?: Record<string, string>;
}

export function readManifest(dir: string): Manifest {
  return JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as Manifest;
}

/**
 * Every package reachable from the app's `dependencies` in the installed node_modules tree. Two
 * versions of one name (mammoth's own argparse 1 beside js-yaml's argparse 2) are two packages:
 * each is walked, so the dependencies of the nested one are not missed.
 */
export function productionClosure(root: string): Set<string> {
  const seen = new Set<string>();
  const walked = new Set<string>();
  const visit = (name: string, from: string) => {
    const dir = locate(name, from);
    if (!dir || walked.has(dir)) return;
    walked.add(dir);
    seen.add(name);
    const manifest = readManifest(dir);
    for (const child of Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies })) visit(child, dir);
  };
  for (const name of Object.keys(readManifest(root).dependencies ?? {})) visit(name, root);
  return seen;
}

/** Node's lookup: the nearest node_modules/<name> walking up from a package folder. */
function locate(name: string, from: string): string | null {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    try {
      readFileSync(path.join(candidate, 'package.json'));
      return candidate;
    } catch {
      if (path.dirname(dir) === dir) return null;
    }
  }
}

/** Top-level package names inside an asar listing (`/node_modules/x/...`, `/node_modules/@s/x/...`). */
export function packedPackages(entries: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const entry of entries) {
    const parts = entry.split('/');
    if (parts[1] !== 'node_modules' || !parts[2]) continue;
    if (parts[2].startsWith('@')) {
      if (parts[3]) names.add(`${parts[2]}/${parts[3]}`);
    } else names.add(parts[2]);
  }
  return names;
}
