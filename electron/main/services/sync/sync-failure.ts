import { RipotiError, type ErrorCode } from '@/shared/errors';
import type { WireFailure } from './wire';

/** Said after every failure that leaves the report as it was: the officer's first worry. */
const SAFE = 'Your work is safe on this computer';

/**
 * A sync that did not finish, in the officer's words, and whether trying again later can help
 * (the server was unreachable or busy) or cannot (a wrong address, password or certificate:
 * the officer must change something first, so Ripoti does not keep knocking).
 */
export class SyncFailure extends RipotiError {
  constructor(
    code: ErrorCode,
    message: string,
    readonly retryLater: boolean,
    options?: { cause?: unknown },
  ) {
    super(code, message, options);
    this.name = 'SyncFailure';
  }
}

export function wireFailureMessage(failure: WireFailure, host: string): SyncFailure {
  switch (failure.kind) {
    case 'cannot-reach':
      return new SyncFailure(
        'network',
        `Cannot reach the sync server ${host}. ${SAFE}; Ripoti will try again in the background.`,
        true,
        { cause: failure },
      );
    case 'dropped':
    case 'stalled':
      return new SyncFailure(
        'network',
        `The connection to the sync server ${host} kept breaking (${failure.detail}). ${SAFE}; Ripoti will try again in the background.`,
        true,
        { cause: failure },
      );
    case 'name-not-found':
      return new SyncFailure(
        'network',
        `The sync server name "${host}" was not found. Check the server address on this Sync page. ${SAFE}.`,
        false,
        { cause: failure },
      );
    case 'refused':
      return new SyncFailure(
        'network',
        `Nothing answers at ${host}: the port in the server address may be wrong. Check the server address on this Sync page. ${SAFE}.`,
        false,
        { cause: failure },
      );
    case 'untrusted-certificate':
      return new SyncFailure(
        'network',
        `The sync server's certificate is not trusted by this computer (${failure.detail}). No password was sent. Ask your county administrator. ${SAFE}.`,
        false,
        { cause: failure },
      );
    case 'too-large':
      return new SyncFailure(
        'too-large',
        `The sync server sent an answer too large to read (${failure.detail}). ${SAFE}. Ask your county administrator.`,
        false,
        { cause: failure },
      );
  }
}

export function busyServer(host: string, status: number): SyncFailure {
  return new SyncFailure(
    'network',
    `The sync server ${host} is not available right now (answer ${status}). ${SAFE}; Ripoti will try again in the background.`,
    true,
  );
}

export function redirectRefused(host: string, location: string | undefined): SyncFailure {
  const target = location ? ` to ${describeLocation(location, host)}` : '';
  return new SyncFailure(
    'network',
    `The sync server ${host} sent Ripoti elsewhere${target}. Ripoti does not follow such redirects, so that your password only goes to the address you typed: put the final address on this Sync page. ${SAFE}.`,
    false,
  );
}

function describeLocation(location: string, host: string): string {
  try {
    const url = new URL(location, `https://${host}`);
    return `${url.protocol}//${url.host}`;
  } catch {
    return 'another address';
  }
}
