import path from 'node:path';
import { test as base, type Page } from '@playwright/test';
import { createDispatcher } from '../../../electron/main/ipc/dispatcher';
import { createHandlers } from '../../../electron/main/ipc/handlers';
import { createTrustedSenderCheck } from '../../../electron/main/security/trusted-sender';
import { bridgeScript } from './bridge-script';
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
    const dispatch = createDispatcher(createHandlers(backend.services), createTrustedSenderCheck(renderer.url));
    await page.exposeBinding('__ripotiInvoke', (source, channel: string, args: unknown) => dispatch(channel, args, source.frame.url()));
    await page.addInitScript({ content: await bridgeScript() });
    await page.goto(`${renderer.url}/index.html`);
    await use(page);
  },
});

export { expect } from '@playwright/test';
