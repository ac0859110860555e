import { RipotiError } from '@/shared/errors';
import { checkCandidate, parseFrameworkText } from '@/shared/framework/candidate';
import { bundledFramework, parseFramework } from '@/shared/framework/load';
import type { Framework } from '@/shared/framework/schema';
import { publishCountyQuestions, readCountyQuestions } from '../../main/services/framework/county-questions';
import { CouchDatabase } from '../../main/services/sync/couch-database';
import { CouchSession } from '../../main/services/sync/couch-session';
import { NodeWire } from '../../main/services/sync/node-wire';
import { defaultRetryPolicy } from '../../main/services/sync/retry-policy';
import { parseServerAddress } from '../../main/services/sync/server-address';
import { describeChanges } from '../describe-framework';
import type { CliIo } from '../io';

export const PASSWORD_VARIABLE = 'RIPOTI_SYNC_PASSWORD';

/**
 * `framework publish`: the national office puts a checked version of the questions in one
 * county database, where each officer's Ripoti finds it at its next sync. It is compared with
 * the version already there (or the bundled one), refused on the same terms an officer's
 * Ripoti would refuse it, and written as the national account; the server's validation
 * function refuses any other account.
 */
export async function publishQuestions(io: CliIo, text: string, server: string, user: string): Promise<number> {
  const password = process.env[PASSWORD_VARIABLE];
  if (!password)
    throw new RipotiError(
      'unauthorized',
      `Put the national account's password in the ${PASSWORD_VARIABLE} environment variable.`,
    );
  const parsed = parseFrameworkText(text);
  if (!parsed.ok) throw new RipotiError('invalid-data', parsed.refusal.message);
  const wire = new NodeWire();
  const cookies = new Map<string, string>();
  const session = new CouchSession(
    parseServerAddress(server),
    { username: user, password },
    defaultRetryPolicy,
    new AbortController().signal,
    wire,
    {
      get: (account) => cookies.get(account),
      set: (account, cookie) => (cookie === undefined ? cookies.delete(account) : cookies.set(account, cookie)),
    },
  );
  try {
    const database = new CouchDatabase(session);
    const there = await readCountyQuestions(database, bundledFramework().id);
    const against = there !== undefined && there !== 'unchanged' ? publishedOrBundled(there.raw) : bundledFramework();
    const candidate = checkCandidate(parsed.value, against);
    if (!candidate.ok) {
      io.err(`Refused: ${candidate.refusal.message}`);
      return 1;
    }
    for (const line of describeChanges(candidate.changes)) io.out(line);
    const rev = await publishCountyQuestions(database, candidate.framework);
    io.out(
      `Published version ${candidate.framework.version} in ${server} (revision ${rev}); each officer's Ripoti offers it after its next sync.`,
    );
    return 0;
  } finally {
    wire.close();
  }
}

/** The version the county has now; questions there that no longer parse are compared as if absent. */
function publishedOrBundled(raw: unknown): Framework {
  try {
    return parseFramework(raw);
  } catch {
    return bundledFramework();
  }
}
