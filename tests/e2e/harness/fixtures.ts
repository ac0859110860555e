import path from 'node:path';
import { test as base, type Page } from '@playwright/test';
import { connectBridge } from './connect-bridge';
import { serveRenderer, type RendererServer } from './static-server';
import { createTestServices, type TestServices } from './test-services';

const rendererRoot = path.resolve(import.meta.dirname, '../../../out/renderer');

interface Fixtures {
  backend: TestServices;
  /** A page with the built renderer open and `window.ripoti` wired to the real handlers. */
  app: Page;
}

export const test = base.extend<Fixtures, { renderer: RendererServer }>({
  renderer: [
    async ({}, use) => {
      const server = await serveRenderer(rendererRoot);
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  backend: async ({}, use) => {
    const backend = await createTestServices();
    await use(backend);
    await backend.dispose();
  },
  app: async ({ page, renderer, backend }, use) => {
    const disconnect = await connectBridge(page, backend.services, renderer.url);
    await page.goto(`${renderer.url}/index.html`);
    await use(page);
    disconnect();
  },
});

export { expect } from '@playwright/test';
