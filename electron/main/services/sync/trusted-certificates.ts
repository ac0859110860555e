import tls from 'node:tls';

/** The part of node:tls that lists certificate stores; `getCACertificates` exists from Node 22.15 (Electron 45 ships Node 24). */
export interface CertificateStores {
  getCACertificates?: (store: 'default' | 'system' | 'bundled' | 'extra') => string[];
}

/**
 * The certificates a county server may be signed by: Node's bundled list (plus
 * NODE_EXTRA_CA_CERTS) and the operating system's trust store, where a county ICT office
 * installs its own certificate authority. Chromium (Electron's net.fetch) trusts the OS store;
 * Node's fetch trusts only its bundled list, which is why a private-CA server failed there.
 * On a Node without the API (the CLI on Node 20) the default applies: bundled plus
 * NODE_EXTRA_CA_CERTS, which docs/server-setup.md tells the administrator to set.
 */
export function trustedCertificates(stores: CertificateStores = tls as CertificateStores): string[] | undefined {
  if (!stores.getCACertificates) return undefined;
  return [...new Set([...stores.getCACertificates('default'), ...stores.getCACertificates('system')])];
}
