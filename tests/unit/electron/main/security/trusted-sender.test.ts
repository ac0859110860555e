import { describe, expect, it } from 'vitest';
import { createTrustedSenderCheck } from '@/electron/main/security/trusted-sender';

describe('which frames may call the main process', () => {
  it('trusts only ripoti://app in a packaged app', () => {
    const trusted = createTrustedSenderCheck();
    expect(trusted('ripoti://app/index.html')).toBe(true);
    expect(trusted('ripoti://app/index.html#/reports/1')).toBe(true);
    expect(trusted('ripoti://evil/index.html')).toBe(false);
    expect(trusted('http://localhost:5173/')).toBe(false);
    expect(trusted('')).toBe(false);
  });

  it('also trusts the dev server origin when one is given, and nothing else on that host', () => {
    const trusted = createTrustedSenderCheck('http://localhost:5173');
    expect(trusted('http://localhost:5173/index.html')).toBe(true);
    expect(trusted('http://localhost:5174/index.html')).toBe(false);
  });
});
