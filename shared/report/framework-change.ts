import type { FrameworkRefusal } from '../framework/candidate';
import type { Framework } from '../framework/schema';
import { upgradeFramework } from './migrations/framework-upgrade';
import { reportSchema, type Report } from './schema';
import { isEmptySection } from './section-completeness';
import { lostTexts, type WrittenText } from './text-inventory';

/** What accepting new questions does to one draft on this computer. */
export interface DraftEffect {
  readonly reportId: string;
  readonly title: string;
  /** Key Features with text that moves to a new id. */
  readonly renamed: readonly { readonly from: string; readonly to: string }[];
  readonly merged: readonly { readonly from: string; readonly to: string }[];
  /** Key Features with text that goes to the draft's archive. */
  readonly archived: readonly string[];
  /** Texts found nowhere in the migrated draft (must be empty to accept). */
  readonly lost: readonly WrittenText[];
  /** Why the migrated draft would not be a valid draft (a merged table too long…), or null. */
  readonly unfit: string | null;
}

/**
 * Migrates `report` to `next` in memory and says what moved, what was archived and whether
 * anything was lost. Nothing is saved: this is what the officer reads before accepting, and
 * what main checks again before it writes anything.
 */
export function effectOnDraft(
  report: Report,
  next: Framework,
  previous: Framework,
): { effect: DraftEffect; migrated: Report } {
  const { report: migrated, notes } = upgradeFramework(report, next, previous);
  const written = (featureId: string) => {
    const section = report.sections[featureId];
    return section !== undefined && (!isEmptySection(section) || section.notApplicableReason.trim() !== '');
  };
  const renamed: { from: string; to: string }[] = [];
  const merged: { from: string; to: string }[] = [];
  const archived: string[] = [];
  for (const note of notes) {
    const { from, to, featureId } = note.params;
    if (note.code === 'feature-renamed' && typeof from === 'string' && typeof to === 'string' && written(from))
      renamed.push({ from, to });
    if (
      note.code === 'features-merged' &&
      typeof from === 'string' &&
      typeof to === 'string' &&
      from.split(', ').some(written)
    )
      merged.push({ from, to });
    if (note.code === 'feature-archived' && typeof featureId === 'string') archived.push(featureId);
  }
  const valid = reportSchema.safeParse(migrated);
  const unfit = valid.success ? null : (valid.error.issues[0]?.path.map(String).join('.') ?? 'the report');
  return {
    effect: {
      reportId: report.id,
      title: report.title,
      renamed,
      merged,
      archived,
      lost: lostTexts(report, migrated),
      unfit,
    },
    migrated,
  };
}

/** The refusal for new questions under which some draft would lose text, or null when none would. */
export function lossRefusal(effects: readonly DraftEffect[]): FrameworkRefusal | null {
  const hurt = effects.find((effect) => effect.lost.length > 0 || effect.unfit !== null);
  if (!hurt) return null;
  const where = hurt.lost[0]?.where ?? hurt.unfit ?? '';
  return {
    code: 'would-lose-text',
    message: `These questions would lose text in the draft "${hurt.title}" (${where}), so nothing was changed. Ask the national office to keep that Key Feature or to name it in formerIds.`,
    params: { title: hurt.title, where, count: hurt.lost.length },
  };
}
