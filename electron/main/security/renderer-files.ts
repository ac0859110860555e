import path from 'node:path';

/**
 * Maps a ripoti://app/<path> request to a file inside the built renderer folder, refusing
 * anything that would escape it. Returns undefined for a refused request.
 */
export function resolveRendererFile(rendererRoot: string, requestUrl: string): string | undefined {
  let pathname: string;
  try {
    const url = new URL(requestUrl);
    if (url.protocol !== 'ripoti:' || url.host !== 'app') return undefined;
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return undefined;
  }
  if (pathname.includes('\0')) return undefined;
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const root = path.resolve(rendererRoot);
  const resolved = path.resolve(root, relative);
  if (resolved !== root && !resolved.startsWith(root + path.sep)) return undefined;
  return resolved;
}

const MEDIA_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
};

export function mediaTypeOf(filePath: string): string {
  return MEDIA_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}
