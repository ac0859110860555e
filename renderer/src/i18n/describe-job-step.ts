import type { TFunction } from 'i18next';
import type { JobKind, JobProgress } from '@/shared/ipc/channels/jobs';

/** Progress as a screen shows it: the counts, and the step in the interface language. */
export interface ShownProgress {
  readonly done: number;
  readonly total: number;
  readonly label: string;
}

/**
 * Where a job of main has got to, in the interface language: main sends a step code with its
 * particulars, the words are `<kind>.steps.<code>` in the locales, which may use the step's
 * particulars and the counts ({{done}}, {{total}}).
 */
export function describeJobStep<K extends JobKind>(t: TFunction, kind: K, progress: JobProgress<K>): string {
  const { code, ...particulars }: { readonly code: string } & Record<string, unknown> = progress.step;
  return t(`${kind}.steps.${code}`, { ...particulars, done: progress.done, total: progress.total });
}

export function showProgress<K extends JobKind>(t: TFunction, kind: K, progress: JobProgress<K>): ShownProgress {
  return { done: progress.done, total: progress.total, label: describeJobStep(t, kind, progress) };
}
