import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareVersions } from '@/electron/main/services/updates/version-order';

describe('compareVersions', () => {
  it('orders numerically, not as text', () => {
    expect(compareVersions('0.10.0', '0.9.9')).toBeGreaterThan(0);
    expect(compareVersions('1.2.3', '1.2.3')).toBe(0);
    expect(compareVersions('v1.2.3', '1.2.4')).toBeLessThan(0);
  });

  it('puts a release after its pre-releases, and pre-releases in order', () => {
    expect(compareVersions('1.0.0', '1.0.0-beta.2')).toBeGreaterThan(0);
    expect(compareVersions('1.0.0-beta.10', '1.0.0-beta.2')).toBeGreaterThan(0);
    expect(compareVersions('1.0.0-alpha.1', '1.0.0-beta.1')).toBeLessThan(0);
    expect(compareVersions('1.0.0+build.7', '1.0.0')).toBe(0);
  });

  it('is antisymmetric on numeric versions', () => {
    const version = fc.tuple(fc.nat(30), fc.nat(30), fc.nat(30)).map((parts) => parts.join('.'));
    fc.assert(
      fc.property(version, version, (a, b) => Math.sign(compareVersions(a, b)) === -Math.sign(compareVersions(b, a))),
    );
  });
});
