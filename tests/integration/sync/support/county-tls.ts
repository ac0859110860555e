import { readFileSync } from 'node:fs';
import path from 'node:path';

const folder = path.join(import.meta.dirname, 'tls');

/**
 * A county's own certificate authority and a server certificate it signed for 127.0.0.1 (valid
 * until 2076), as a county ICT office without a public certificate would set up. Made once with
 * openssl; the CA's private key was not kept. For loopback tests only.
 */
export const countyTls = {
  ca: readFileSync(path.join(folder, 'county-ca.pem'), 'utf8'),
  key: readFileSync(path.join(folder, 'server.key'), 'utf8'),
  cert: readFileSync(path.join(folder, 'server.pem'), 'utf8'),
};
