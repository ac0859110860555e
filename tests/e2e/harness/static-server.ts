import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { CONTENT_SECURITY_POLICY } from '@/electron/main/security/content-security-policy';
import { mediaTypeOf, resolveRendererFile } from '@/electron/main/security/renderer-files';

export interface RendererServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves the built renderer on 127.0.0.1 the way the app's ripoti:// protocol does: the same
 * file resolution (no escaping the folder) and the same CSP header.
 */
export async function serveRenderer(rendererRoot: string): Promise<RendererServer> {
  const server: Server = createServer((request, response) => {
    const filePath = resolveRendererFile(rendererRoot, `ripoti://app${request.url ?? '/'}`.replace(/[?#].*$/, ''));
    if (!filePath) {
      response.writeHead(404).end();
      return;
    }
    readFile(filePath).then(
      (body) => {
        response.writeHead(200, {
          'content-type': mediaTypeOf(filePath),
          'content-security-policy': CONTENT_SECURITY_POLICY,
        });
        response.end(body);
      },
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
