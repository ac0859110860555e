import { RipotiError } from '../errors';
import type { Framework } from '../framework/schema';
import { upgradeFramework } from './migrations/framework-upgrade';
import type { MigrationNote } from './migrations/note';
import { upgradeFromV0 } from './migrations/schema-v0';
import { upgradeFromV1 } from './migrations/schema-v1';
import { CURRENT_SCHEMA_VERSION, reportSchema, type Report } from './schema';

export type { MigrationNote } from './migrations/note';

/** One step per old format: each takes format N's raw object to format N + 1. */
const UPGRADES: Readonly<Record<number, (raw: unknown) => Record<string, unknown>>> = {
  0: upgradeFromV0,
  1: upgradeFromV1,
};

function versionOf(raw: Record<string, unknown>): number {
  const version = raw['schemaVersion'];
  // Format 0 predates the field: a draft without it is the oldest format.
  if (version === undefined) return 0;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw new RipotiError(
      'invalid-data',
      'This draft does not say which format it is in, so Ripoti cannot open it safely.',
    );
  }
  return version;
}

/**
 * Opens a draft written by any older Ripoti or against any older framework version: the
 * format is upgraded step by step, then its sections are re-filed under the current Key
 * Features (see upgradeFramework). A draft from a newer Ripoti is refused rather than
 * guessed at, because saving it back would drop whatever the newer format added.
 */
export function migrateReport(raw: unknown, framework: Framework): { report: Report; notes: MigrationNote[] } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new RipotiError('invalid-data', 'This file is not a Ripoti draft.');
  }
  let current = raw as Record<string, unknown>;
  const from = versionOf(current);
  if (from > CURRENT_SCHEMA_VERSION) {
    throw new RipotiError(
      'invalid-data',
      `This draft was saved by a newer version of Ripoti (format ${from}; this version reads up to ${CURRENT_SCHEMA_VERSION}). Update Ripoti to open it.`,
    );
  }
  for (let version = from; version < CURRENT_SCHEMA_VERSION; version++) {
    const upgrade = UPGRADES[version];
    if (!upgrade) throw new RipotiError('internal', `Ripoti has no upgrade from draft format ${version}.`);
    current = safely(() => upgrade(current));
  }
  const parsed = reportSchema.safeParse(current);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new RipotiError(
      'invalid-data',
      `This draft is damaged: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'unreadable'}.`,
    );
  }
  const notes: MigrationNote[] =
    from < CURRENT_SCHEMA_VERSION ? [{ code: 'schema-upgraded', params: { from, to: CURRENT_SCHEMA_VERSION } }] : [];
  const upgraded = upgradeFramework(parsed.data, framework);
  return { report: upgraded.report, notes: [...notes, ...upgraded.notes] };
}

function safely<T>(step: () => T): T {
  try {
    return step();
  } catch (error) {
    throw new RipotiError('invalid-data', 'This draft is damaged: an old-format field could not be read.', {
      cause: error,
    });
  }
}
