import { describe, expect, it } from 'vitest';
import { classifySocketError } from '@/electron/main/services/sync/socket-errors';

const url = new URL('https://couch.kilfi.go.ke/ripoti-kilifi');
const failure = (code: string, message = code) => classifySocketError(Object.assign(new Error(message), { code }), url);

describe('what a socket error means for the officer', () => {
  it('treats a name that does not exist and a port where nothing listens as addresses to fix, not to retry', () => {
    expect(failure('ENOTFOUND')).toMatchObject({
      kind: 'name-not-found',
      detail: 'the name couch.kilfi.go.ke does not exist',
    });
    expect(failure('ECONNREFUSED')).toMatchObject({ kind: 'refused' });
  });

  it('treats a network that is down as "cannot reach" and a broken connection as "dropped"', () => {
    for (const code of ['ETIMEDOUT', 'ENETUNREACH', 'EHOSTUNREACH', 'EAI_AGAIN'])
      expect(failure(code).kind).toBe('cannot-reach');
    for (const code of ['ECONNRESET', 'EPIPE']) expect(failure(code).kind).toBe('dropped');
    expect(failure('', 'socket hang up').kind).toBe('dropped');
  });

  it('never treats a certificate problem as something to retry', () => {
    for (const code of [
      'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
      'SELF_SIGNED_CERT_IN_CHAIN',
      'DEPTH_ZERO_SELF_SIGNED_CERT',
      'CERT_HAS_EXPIRED',
      'ERR_TLS_CERT_ALTNAME_INVALID',
    ]) {
      expect(failure(code).kind).toBe('untrusted-certificate');
    }
  });
});
