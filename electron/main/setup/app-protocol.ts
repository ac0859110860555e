import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../security/content-security-policy';
import { mediaTypeOf, resolveRendererFile } from '../security/renderer-files';

/** Must run before `app` is ready: ripoti:// behaves like a secure, standard origin. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: 'ripoti', privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer from inside the app with the strict CSP as a header. */
export function setupAppProtocol(rendererRoot: string): void {
  protocol.handle('ripoti', async (request) => {
    const filePath = resolveRendererFile(rendererRoot, request.url);
    if (!filePath) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(filePath);
      return new Response(body, {
        headers: {
          'content-type': mediaTypeOf(filePath),
          'content-security-policy': CONTENT_SECURITY_POLICY,
          'x-content-type-options': 'nosniff',
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
