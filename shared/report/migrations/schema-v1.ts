/**
 * Format 1 → 2: nothing moves. Format 2 only widens the profile to every question a framework
 * asks (shared/report/schema.ts), so a format-1 draft is already a valid format-2 draft; the
 * number changes so that an older Ripoti refuses the draft instead of dropping those answers.
 */
export function upgradeFromV1(raw: unknown): Record<string, unknown> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error('a format-1 draft is an object');
  return { ...(raw as Record<string, unknown>), schemaVersion: 2 };
}
