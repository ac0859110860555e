import type { Page } from '@playwright/test';
import { createDispatcher } from '@/electron/main/ipc/dispatcher';
import { createHandlers } from '@/electron/main/ipc/handlers';
import { createTrustedSenderCheck } from '@/electron/main/security/trusted-sender';
import type { Services } from '@/electron/main/services/create-services';
import { bridgeScript } from './bridge-script';

/**
 * Wires a page to the real main-process services as the preload and setup/ipc.ts wire the app's
 * window: calls go through the real dispatcher (sender check, zod validation, handlers), and
 * every event the services raise is delivered into the page, where the same buildApi validates
 * it. Call before the page loads the renderer; the returned function stops the events.
 */
export async function connectBridge(page: Page, services: Services, rendererUrl: string): Promise<() => void> {
  const dispatch = createDispatcher(createHandlers(services), createTrustedSenderCheck(rendererUrl));
  await page.exposeBinding('__ripotiInvoke', (source, channel: string, args: unknown) =>
    dispatch(channel, args, source.frame.url()),
  );
  await page.addInitScript({ content: await bridgeScript() });
  return services.events.connect((channel, payload) => {
    // Delivered in order, as webContents.send does; a page that is closing simply misses them.
    page
      .evaluate(([name, body]) => window.__ripotiDeliver?.(name, body), [channel, payload] as const)
      .catch(() => undefined);
  });
}
