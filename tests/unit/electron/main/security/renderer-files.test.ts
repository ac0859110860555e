import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mediaTypeOf, resolveRendererFile } from '@/electron/main/security/renderer-files';

const root = path.resolve('/app/out/renderer');

describe('resolving ripoti:// requests to renderer files', () => {
  it('serves index.html for the root and files inside the renderer folder', () => {
    expect(resolveRendererFile(root, 'ripoti://app/')).toBe(path.join(root, 'index.html'));
    expect(resolveRendererFile(root, 'ripoti://app/assets/index.js')).toBe(path.join(root, 'assets/index.js'));
  });

  it('refuses paths that escape the renderer folder, encoded or not', () => {
    for (const url of [
      'ripoti://app/../main/index.js',
      'ripoti://app/%2e%2e/%2e%2e/etc/passwd',
      'ripoti://app/..%2F..%2Fsecret',
      'ripoti://app/a%00.js',
    ]) {
      const resolved = resolveRendererFile(root, url);
      if (resolved !== undefined) expect(resolved.startsWith(root + path.sep)).toBe(true);
    }
    expect(resolveRendererFile(root, 'ripoti://app/..%2F..%2Fsecret')).toBeUndefined();
  });

  it('refuses other hosts and schemes', () => {
    expect(resolveRendererFile(root, 'ripoti://evil/index.html')).toBeUndefined();
    expect(resolveRendererFile(root, 'file:///app/out/renderer/index.html')).toBeUndefined();
    expect(resolveRendererFile(root, '::::')).toBeUndefined();
  });

  it('names media types so the browser does not sniff', () => {
    expect(mediaTypeOf('a.js')).toBe('text/javascript; charset=utf-8');
    expect(mediaTypeOf('a.HTML')).toBe('text/html; charset=utf-8');
    expect(mediaTypeOf('a.exe')).toBe('application/octet-stream');
  });
});
