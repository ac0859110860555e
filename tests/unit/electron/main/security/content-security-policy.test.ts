import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '@/electron/main/security/content-security-policy';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('the Content-Security-Policy', () => {
  const policy = directives(CONTENT_SECURITY_POLICY);

  it('denies by default and allows scripts only from the app itself', () => {
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
  });

  it('allows no inline code, no eval and no remote origin anywhere', () => {
    for (const [name, sources] of policy) {
      for (const source of sources) {
        expect(source, name).not.toMatch(/unsafe-inline|unsafe-eval|^https?:|^\*|^wss?:/);
      }
    }
  });

  it('is the policy written into the built index.html', async () => {
    const html = await readFile(new URL('../../../../../out/renderer/index.html', import.meta.url), 'utf8').catch(
      () => null,
    );
    if (html === null) throw new Error('Build the renderer first (npm run build): out/renderer/index.html is missing');
    expect(html).toContain(`content="${CONTENT_SECURITY_POLICY}"`);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });
});
