import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY, DEV_CONTENT_SECURITY_POLICY } from './electron/main/security/content-security-policy';

/** Writes the one CSP into index.html, so the page is protected even when served without headers. */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'ripoti-csp-meta',
    transformIndexHtml: {
      order: 'post',
      handler: (html, context) => {
        const policy = context.server ? DEV_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY;
        return html.replace('<!--csp-->', `<meta http-equiv="Content-Security-Policy" content="${policy}" />`);
      },
    },
  };
}

/** Imports from the repository root: '@/shared/…' instead of a ladder of '../' (tsconfig "paths"). */
const resolveFromRoot = { alias: { '@': import.meta.dirname } };

export default defineConfig({
  main: {
    resolve: resolveFromRoot,
    build: {
      outDir: 'out/main',
      sourcemap: false,
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'electron/main/main.ts') } },
    },
  },
  preload: {
    resolve: resolveFromRoot,
    build: {
      outDir: 'out/preload',
      sourcemap: false,
      // A sandboxed preload cannot load ES modules: emit one CommonJS file with its imports bundled.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    resolve: resolveFromRoot,
    plugins: [react(), contentSecurityPolicyMeta()],
    build: {
      outDir: 'out/renderer',
      sourcemap: false,
      modulePreload: { polyfill: false },
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'renderer/index.html') } },
    },
  },
});
