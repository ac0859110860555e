import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bareImportsOf, packedPackages, productionClosure } from './packed-contents';

/** The helpers app-asar.test.ts relies on would catch what they are meant to catch. */
describe('packing checks', () => {
  it('finds the npm packages a bundle loads and ignores built-ins and relative files', () => {
    const source = [
      'import { app } from "electron";',
      "import Store from 'electron-store';",
      'import { Packer } from "docx";',
      'import { estimatePageNumbers } from "docx/layout";',
      'import path from "path";',
      'import { readFile } from "node:fs/promises";',
      'import "./chunks/x.js";',
      'const worker = await import("@scope/worker-lib/sub");',
      'const legacy = require("zod");',
    ].join('\n');
    expect(bareImportsOf(source)).toEqual(['@scope/worker-lib', 'docx', 'electron', 'electron-store', 'zod']);
  });

  it('names the top-level packages in an asar listing, scoped ones included', () => {
    const entries = [
      '/out/main/index.js',
      '/node_modules/zod/package.json',
      '/node_modules/@hookform/resolvers/dist/a.js',
      '/node_modules/conf/node_modules/ajv/x.js',
      '/node_modules/@types',
    ];
    expect([...packedPackages(entries)].sort()).toEqual(['@hookform/resolvers', 'conf', 'zod']);
  });

  it('reaches transitive production packages but not development tools', () => {
    const closure = productionClosure(path.resolve(import.meta.dirname, '../../..'));
    expect(closure.has('zod')).toBe(true);
    expect(closure.has('builder-util-runtime')).toBe(true); // electron-updater's own dependency
    expect(closure.has('vitest')).toBe(false);
    expect(closure.has('electron-builder')).toBe(false);
  });
});
