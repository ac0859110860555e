import type { Framework } from '@/shared/framework/schema';
import type { ImportField, ImportPartView, ImportTarget, ProposalReason } from '@/shared/ipc/channels/word-import';
import type { Language } from '@/shared/language';
import { countWords } from '@/shared/report/word-count';
import type { WordDocument } from '../read/word-blocks';
import { indexFramework, type FrameworkIndex } from './framework-index';
import { readPartContent, type PartContent } from './part-content';
import { splitParts, type SplitPart } from './split-parts';
import { fieldOfLabel, IMPORT_TEXT_FIELDS, specialHeadingOf } from './vocabulary';

/** A part with its proposal (what the screen shows) and its content (what an import writes). */
export interface ProposedPart {
  readonly view: ImportPartView;
  readonly content: PartContent;
}

export interface ProposedMapping {
  readonly parts: readonly ProposedPart[];
  readonly language: Language | null;
}

/** A cover or title page: this short, before the first heading, it is not report text. */
const FRONT_MATTER_WORDS = 80;
const FIRST_WORDS = 30;

interface FeatureContext {
  readonly featureId: string;
  readonly level: number;
  readonly partId: string;
}

/**
 * Proposes, for every part of the document, where it goes: a Key Feature (by number or
 * title), one of its fields (a "Challenges" heading under it), the profile, the annex, or
 * nowhere (a cover, the contents, Ripoti's completeness table, a tier heading with no text).
 */
export function proposeMapping(
  document: WordDocument,
  framework: Framework,
  index: FrameworkIndex = indexFramework(framework),
): ProposedMapping {
  const languages = new Map<Language, number>();
  let context: FeatureContext | null = null;
  const parts = splitParts(document.blocks, index).map((split, position): ProposedPart => {
    const id = `p${position + 1}`;
    const content = readPartContent(split.blocks);
    const proposal = propose(split, content, context, id);
    context = proposal.context;
    const language = split.heading?.match?.reason === 'title-fuzzy' ? null : split.heading?.match?.language;
    if (language) languages.set(language, (languages.get(language) ?? 0) + 1);
    return { view: viewOf(id, split, content, proposal), content };
  });
  const language = [...languages.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  return { parts, language };
}

interface Proposal {
  readonly target: ImportTarget;
  readonly reason: ProposalReason;
  readonly confidence: number;
  readonly parentId: string | null;
  readonly context: FeatureContext | null;
}

function propose(split: SplitPart, content: PartContent, context: FeatureContext | null, id: string): Proposal {
  const empty = !content.allText && content.measures.length === 0 && content.photos.length === 0;
  const heading = split.heading;
  const outside = (target: ImportTarget, reason: ProposalReason, confidence = 1): Proposal => ({
    target,
    reason,
    confidence,
    parentId: null,
    context: null,
  });
  if (!heading)
    return countWords(content.allText) <= FRONT_MATTER_WORDS
      ? outside({ kind: 'skip' }, 'front-matter')
      : outside({ kind: 'annex' }, 'not-recognised');
  const special = specialHeadingOf(heading.text);
  if (special === 'profile') return outside({ kind: 'profile' }, 'profile');
  if (special === 'overview' || special === 'contents') return outside({ kind: 'skip' }, 'generated');
  const match = heading.match;
  if (match?.level === 'feature') {
    return {
      target: { kind: 'feature', featureId: match.id, field: 'auto' },
      reason: match.reason,
      confidence: match.confidence,
      parentId: null,
      context: { featureId: match.id, level: heading.level, partId: id },
    };
  }
  if (match || special === 'archived')
    return outside(empty ? { kind: 'skip' } : { kind: 'annex' }, 'structure', match?.confidence ?? 1);
  const inside = context !== null && heading.level > context.level ? context : null;
  if (inside) {
    const label = fieldOfLabel(heading.text);
    const field: ImportField | 'auto' =
      label && (IMPORT_TEXT_FIELDS as readonly string[]).includes(label) ? (label as ImportField) : 'auto';
    return {
      target: { kind: 'feature', featureId: inside.featureId, field },
      reason: label ? 'field-label' : 'inside-feature',
      confidence: label ? 0.95 : 0.6,
      parentId: inside.partId,
      context: inside,
    };
  }
  return outside({ kind: 'annex' }, 'not-recognised', 0);
}

function viewOf(id: string, split: SplitPart, content: PartContent, proposal: Proposal): ImportPartView {
  const target = proposal.target;
  const fields =
    target.kind === 'feature' && target.field !== 'auto'
      ? [target.field]
      : (Object.keys(content.byField) as ImportField[]);
  return {
    id,
    heading: split.heading?.text ?? '',
    level: split.heading?.level ?? 0,
    proposed: target,
    reason: proposal.reason,
    confidence: Math.round(proposal.confidence * 100) / 100,
    parentId: proposal.parentId,
    firstWords: content.allText.replace(/\s+/g, ' ').split(' ').slice(0, FIRST_WORDS).join(' '),
    wordCount: countWords(content.allText),
    fields,
    measureRows: content.measures.length,
    photos: content.photos.length,
    notApplicable: content.notApplicable !== null,
    profileFields: Object.keys(content.profile).length,
  };
}
