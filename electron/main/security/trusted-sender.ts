/**
 * The renderer is served from `ripoti://app/` when packaged, and from the electron-vite dev
 * server only in development. Anything else (a navigated frame, an injected iframe) is refused.
 */
export const RENDERER_ORIGIN = 'ripoti://app';
export const RENDERER_ENTRY_URL = `${RENDERER_ORIGIN}/index.html`;

export function createTrustedSenderCheck(devServerUrl?: string): (url: string) => boolean {
  const allowedOrigins = new Set([RENDERER_ORIGIN]);
  if (devServerUrl) allowedOrigins.add(new URL(devServerUrl).origin);
  return (url) => {
    try {
      const parsed = new URL(url);
      const origin = parsed.protocol === 'ripoti:' ? `ripoti://${parsed.host}` : parsed.origin;
      return allowedOrigins.has(origin);
    } catch {
      return false;
    }
  };
}
