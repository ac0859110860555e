import { isRipotiError } from '@/shared/errors';
import type { ProfileFieldKind } from '@/shared/framework/schema';
import type { Language } from '@/shared/language';
import type { SkippedPicture } from '@/shared/ipc/channels/word-import';
import { emptySection } from '@/shared/report/create';
import type { AnnexEntry, Attachment, EvidenceRef, MeasureRow, Profile, Report, Section } from '@/shared/report/schema';
import type { PhotoDraft } from '../map/part-content';
import { mergeInto, mergeText } from './field-merge';
import { importedFigure } from './imported-figure';
import { importedProfileValue } from './imported-profile-value';
import type { FeaturePlan, ImportPlan } from './plan-import';

export interface ApplyContext {
  readonly now: string;
  readonly fileName: string;
  /** Makes the ids of new measure rows and annex entries unique to this import. */
  readonly tag: string;
  /** Into a new report: carry-forward semantics (what was complete is to be updated: in progress). */
  readonly intoNewReport: boolean;
  /** The language the document's headings are in, when they agree: how its figures are read. */
  readonly language?: Language;
  /** The kind of each profile question in use (figure, date, …): how its answer is read. */
  readonly profileKinds?: ReadonlyMap<string, ProfileFieldKind>;
  /** Stores a picture through the attachment store (its decoding and limits apply). */
  readonly addPhoto: (photo: { bytes: Uint8Array; fileName: string; mediaType: string }) => Promise<Attachment>;
}

export interface AppliedImport {
  readonly report: Report;
  readonly featuresChanged: string[];
  readonly annexEntries: number;
  readonly photosAdded: number;
  readonly skippedPictures: SkippedPicture[];
}

const SDG_TARGET = /^\d{1,2}\.[0-9a-z]{1,2}$/;

/** Writes a plan into a copy of the report; the caller stores it in one save. */
export async function applyPlan(report: Report, plan: ImportPlan, context: ApplyContext): Promise<AppliedImport> {
  const photos = new PhotoImporter(context);
  const sections = { ...report.sections };
  const attachments = { ...report.attachments };
  const featuresChanged: string[] = [];
  for (const [featureId, featurePlan] of plan.features) {
    const before = sections[featureId] ?? emptySection(context.now);
    const after = await applyFeature(before, featurePlan, featureId, context, photos);
    if (JSON.stringify(after) === JSON.stringify(before)) continue;
    sections[featureId] = after;
    featuresChanged.push(featureId);
  }
  const annex: AnnexEntry[] = [...(report.annex ?? [])];
  for (const [position, part] of plan.annex.entries()) {
    const evidence = await photos.addAll(part.content.photos, part.view.heading);
    annex.push({
      id: `${context.tag}-annex-${position + 1}`,
      heading: part.view.heading,
      text: part.content.allText,
      evidence,
      source: context.fileName,
      addedAt: context.now,
    });
  }
  for (const attachment of photos.added) attachments[attachment.id] = attachment;
  const profile = mergeProfile(report.profile, plan.profile, context);
  const changed =
    featuresChanged.length > 0 || plan.annex.length > 0 || JSON.stringify(profile) !== JSON.stringify(report.profile);
  // A final report that an import changed is no longer the one that was finalised.
  const status = changed && report.status === 'final' ? 'draft' : report.status;
  const next: Report = {
    ...report,
    sections,
    attachments,
    profile,
    status,
    ...(annex.length > 0 && { annex }),
    updatedAt: context.now,
  };
  return {
    report: next,
    featuresChanged,
    annexEntries: plan.annex.length,
    photosAdded: photos.added.length,
    skippedPictures: photos.skipped,
  };
}

async function applyFeature(
  before: Section,
  plan: FeaturePlan,
  featureId: string,
  context: ApplyContext,
  photos: PhotoImporter,
): Promise<Section> {
  const section: Section = { ...before };
  for (const [field, pieces] of plan.texts) section[field] = mergeText(before[field], pieces);
  let row = 0;
  const rows = plan.measures.map((piece) => ({
    policy: piece.policy,
    value: piece.value.map((draft): MeasureRow => ({
      id: `${context.tag}-${featureId}-${++row}`,
      ...draft,
      ...figuresOf(draft, context.language),
    })),
  }));
  section.measures = mergeInto(before.measures, rows);
  const targets = plan.sdgTargets.map((piece) => ({
    policy: piece.policy,
    value: piece.value.filter((target) => SDG_TARGET.test(target)),
  }));
  section.sdgTargets = [...new Set(mergeInto(before.sdgTargets, targets))];
  const wanted = plan.photos.filter((piece) => before.evidence.length === 0 || piece.policy !== 'keep');
  const evidence: EvidenceRef[] = [];
  for (const piece of wanted) evidence.push(...(await photos.addAll([piece.photo], piece.partHeading)));
  const kept =
    plan.photos.some((piece) => piece.policy === 'replace') && before.evidence.length > 0 ? [] : before.evidence;
  // The same picture twice is one attachment: listed once, so the evidence list stays keyed by it.
  section.evidence = [...new Map([...kept, ...evidence].map((ref) => [ref.attachmentId, ref])).values()];
  if (plan.notApplicable && (isEmpty(before) || plan.notApplicable.policy === 'replace')) {
    section.status = 'not-applicable';
    section.notApplicableReason = plan.notApplicable.value;
  }
  const changed = JSON.stringify({ ...section, updatedAt: '' }) !== JSON.stringify({ ...before, updatedAt: '' });
  if (!changed) return before;
  if (section.status === 'not-started' || (context.intoNewReport && section.status === 'complete'))
    section.status = 'in-progress';
  return { ...section, updatedAt: context.now };
}

function isEmpty(section: Section): boolean {
  return (
    !section.narrative.trim() &&
    !section.actions.trim() &&
    !section.goodPractice.trim() &&
    !section.challenges.trim() &&
    !section.nextSteps.trim() &&
    section.measures.length === 0 &&
    section.evidence.length === 0
  );
}

function figuresOf(
  row: Pick<MeasureRow, 'baseline' | 'current' | 'target'>,
  language: Language | undefined,
): Pick<MeasureRow, 'baseline' | 'current' | 'target'> {
  return {
    baseline: importedFigure(row.baseline, language),
    current: importedFigure(row.current, language),
    target: importedFigure(row.target, language),
  };
}

function mergeProfile(profile: Profile, pieces: ImportPlan['profile'], context: ApplyContext): Profile {
  const merged: Profile = { ...profile };
  for (const piece of pieces) {
    for (const [key, value] of Object.entries(piece.value) as [string, string][]) {
      if (!(merged[key] ?? '').trim() || piece.policy === 'replace')
        merged[key] = importedProfileValue(context.profileKinds?.get(key), value, context.language);
    }
  }
  return merged;
}

/** Pictures into the attachment store; one that is refused (too large, not JPEG/PNG) is named, not fatal. */
class PhotoImporter {
  readonly added: Attachment[] = [];
  readonly skipped: SkippedPicture[] = [];
  private count = 0;

  constructor(private readonly context: ApplyContext) {}

  async addAll(drafts: readonly PhotoDraft[], partHeading: string): Promise<EvidenceRef[]> {
    const refs: EvidenceRef[] = [];
    for (const draft of drafts) {
      this.count++;
      const extension = draft.picture.contentType.split('/')[1]?.replace('jpeg', 'jpg') ?? 'bin';
      const base = this.context.fileName.replace(/\.docx$/i, '');
      try {
        const bytes = await draft.picture.read();
        const attachment = await this.context.addPhoto({
          bytes,
          fileName: `${base}-picture-${this.count}.${extension}`,
          mediaType: draft.picture.contentType,
        });
        this.added.push(attachment);
        refs.push({ attachmentId: attachment.id, caption: draft.caption.slice(0, 2_000) });
      } catch (error) {
        if (!isRipotiError(error)) throw error;
        this.skipped.push({ partHeading, caption: draft.caption, message: error.message });
      }
    }
    return refs;
  }
}
