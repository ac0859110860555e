import type {
  ExistingTextPolicy,
  ImportDecision,
  ImportField,
  ImportPartView,
  ProposalReason,
} from '@/shared/ipc/channels/word-import';
import type { Profile } from '@/shared/report/schema';
import { joinTexts } from '../map/officer-text';
import type { PartContent, PhotoDraft } from '../map/part-content';
import type { MeasureDraft } from '../map/tables';
import type { Piece } from './field-merge';

/** A part of the document with what the officer decided for it. */
export interface DecidedPart {
  readonly view: ImportPartView;
  readonly content: PartContent;
  readonly decision: ImportDecision;
}

export interface PhotoPiece {
  readonly photo: PhotoDraft;
  readonly policy: ExistingTextPolicy;
  readonly partHeading: string;
}

/** Everything the import brings to one Key Feature, in document order. */
export interface FeaturePlan {
  readonly texts: Map<ImportField, Piece<string>[]>;
  readonly measures: Piece<readonly MeasureDraft[]>[];
  readonly sdgTargets: Piece<readonly string[]>[];
  readonly photos: PhotoPiece[];
  notApplicable: Piece<string> | null;
}

export interface ImportPlan {
  readonly features: Map<string, FeaturePlan>;
  readonly profile: Piece<Partial<Profile>>[];
  readonly annex: DecidedPart[];
}

/** Reasons under which the heading names a framework place or a field: it is not part of the text. */
const HEADING_IS_A_NAME: ReadonlySet<ProposalReason> = new Set([
  'number',
  'number-and-title',
  'title-exact',
  'title-fuzzy',
  'field-label',
]);

/** Sorts the decided parts into what each Key Feature, the profile and the annex receive. */
export function planImport(parts: readonly DecidedPart[]): ImportPlan {
  const plan: ImportPlan = { features: new Map(), profile: [], annex: [] };
  for (const part of parts) {
    const { target, policy } = part.decision;
    if (target.kind === 'skip') continue;
    if (target.kind === 'annex') {
      plan.annex.push(part);
      continue;
    }
    if (target.kind === 'profile') {
      plan.profile.push({ value: part.content.profile, policy });
      continue;
    }
    const feature: FeaturePlan = plan.features.get(target.featureId) ?? {
      texts: new Map(),
      measures: [],
      sdgTargets: [],
      photos: [],
      notApplicable: null,
    };
    plan.features.set(target.featureId, feature);
    const lead = HEADING_IS_A_NAME.has(part.view.reason) ? '' : part.view.heading;
    const texts: [ImportField, string][] =
      target.field === 'auto'
        ? (Object.entries(part.content.byField) as [ImportField, string][])
        : [[target.field, joinTexts(...Object.values(part.content.byField))]];
    if (lead) {
      const [first] = texts;
      if (first) first[1] = joinTexts(lead, first[1]);
      else texts.push([target.field === 'auto' ? 'narrative' : target.field, lead]);
    }
    for (const [field, text] of texts) {
      const list = feature.texts.get(field) ?? [];
      list.push({ value: text, policy });
      feature.texts.set(field, list);
    }
    if (part.content.measures.length > 0) feature.measures.push({ value: part.content.measures, policy });
    if (part.content.sdgTargets.length > 0) feature.sdgTargets.push({ value: part.content.sdgTargets, policy });
    for (const photo of part.content.photos) feature.photos.push({ photo, policy, partHeading: part.view.heading });
    if (part.content.notApplicable !== null) feature.notApplicable = { value: part.content.notApplicable, policy };
  }
  return plan;
}
