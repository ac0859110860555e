import { WireFailure } from './wire';

const CANNOT_REACH = new Set([
  'ETIMEDOUT',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ENETDOWN',
  'EHOSTDOWN',
  'EAI_AGAIN',
  'EADDRNOTAVAIL',
]);
const DROPPED = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'ERR_STREAM_PREMATURE_CLOSE']);

/**
 * What a socket error means for the officer. A name that does not resolve or a port where
 * nothing listens will not fix itself (the address is wrong); a network that is down or a
 * connection that broke might. Certificate errors are never retried and never bypassed.
 */
export function classifySocketError(error: NodeJS.ErrnoException, url: URL): WireFailure {
  const code = error.code ?? '';
  if (code === 'ENOTFOUND')
    return new WireFailure('name-not-found', `the name ${url.hostname} does not exist`, { cause: error });
  if (code === 'ECONNREFUSED') return new WireFailure('refused', `nothing answers at ${url.host}`, { cause: error });
  if (CANNOT_REACH.has(code))
    return new WireFailure('cannot-reach', `${url.host} cannot be reached (${code})`, { cause: error });
  if (code.startsWith('ERR_TLS_') || /CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)/.test(code)) {
    return new WireFailure('untrusted-certificate', `${url.hostname}: ${error.message}`, { cause: error });
  }
  if (DROPPED.has(code) || error.message === 'socket hang up')
    return new WireFailure('dropped', 'the connection broke', { cause: error });
  return new WireFailure('dropped', error.message, { cause: error });
}
