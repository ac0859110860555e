import { describe, expect, it } from 'vitest';
import { trustedCertificates } from '@/electron/main/services/sync/trusted-certificates';

describe('the certificates a county server may be signed by', () => {
  it('adds the operating system’s trust store (where a county installs its own CA) to Node’s list', () => {
    const asked: string[] = [];
    const stores = {
      getCACertificates: (store: 'default' | 'system' | 'bundled' | 'extra') => {
        asked.push(store);
        return store === 'system' ? ['county CA', 'public root'] : ['public root', 'extra from NODE_EXTRA_CA_CERTS'];
      },
    };
    expect(trustedCertificates(stores)).toEqual(['public root', 'extra from NODE_EXTRA_CA_CERTS', 'county CA']);
    expect(asked).toEqual(['default', 'system']);
  });

  it('leaves Node’s default (bundled list plus NODE_EXTRA_CA_CERTS) where Node cannot list stores', () => {
    expect(trustedCertificates({})).toBeUndefined();
  });
});
