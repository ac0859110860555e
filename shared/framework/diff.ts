import type { LocalizedText } from '../language';
import { homesOf } from './homes';
import { allAreas, allKeyFeatures } from './load';
import { limitsOf, type Framework, type KeyFeature, type ProfileField, type WordLimits } from './schema';

export interface FeatureRef {
  readonly id: string;
  readonly title: LocalizedText;
}

export interface LimitChange {
  /** null: the framework's own limit, which holds wherever a Key Feature sets none. */
  readonly featureId: string | null;
  readonly field: keyof WordLimits;
  readonly before: number;
  readonly after: number;
}

export interface ProfileChanges {
  readonly added: readonly { readonly id: string; readonly label: LocalizedText }[];
  readonly removed: readonly { readonly id: string; readonly label: LocalizedText }[];
  readonly renamed: readonly { readonly from: string; readonly to: string; readonly label: LocalizedText }[];
  /** Questions that became required (true) or optional (false). */
  readonly required: readonly { readonly id: string; readonly label: LocalizedText; readonly now: boolean }[];
}

/** What a new version of the questions changes, in the terms the officer is asked to accept. */
export interface FrameworkChanges {
  readonly from: string;
  readonly to: string;
  readonly added: readonly FeatureRef[];
  /** Text under the old id moves to the new one. */
  readonly renamed: readonly { readonly from: FeatureRef; readonly to: FeatureRef }[];
  /** Texts of several old features are joined, one after the other, under one new feature. */
  readonly merged: readonly { readonly from: readonly FeatureRef[]; readonly to: FeatureRef }[];
  /** Text under these goes to the draft's archive (shown, exported, never dropped). */
  readonly removed: readonly FeatureRef[];
  /** Same id, new wording. */
  readonly reworded: readonly { readonly id: string; readonly before: LocalizedText; readonly after: LocalizedText }[];
  readonly retitledAreas: readonly {
    readonly id: string;
    readonly before: LocalizedText;
    readonly after: LocalizedText;
  }[];
  readonly limits: readonly LimitChange[];
  readonly profile: ProfileChanges;
  /** Key Features whose guidance is new or reworded. */
  readonly guidanceChanged: number;
}

const LIMIT_FIELDS: readonly (keyof WordLimits)[] = [
  'narrativeWords',
  'goodPracticeWords',
  'challengesWords',
  'nextStepsWords',
];

const ref = (feature: KeyFeature): FeatureRef => ({ id: feature.id, title: feature.title });
const sameText = (a: LocalizedText | undefined, b: LocalizedText | undefined) =>
  a?.en === b?.en && a?.sw === b?.sw && a?.fr === b?.fr;

/**
 * Compares the questions in use with a new version. Features are followed by the same map the
 * migration uses (homes.ts), so "renamed", "merged" and "removed" here are exactly where each
 * draft's text will go.
 */
export function diffFrameworks(before: Framework, after: Framework): FrameworkChanges {
  const sameVersion = before.id === after.id && before.version === after.version;
  const homes = homesOf(after, sameVersion);
  const oldFeatures = new Map(allKeyFeatures(before).map((feature) => [feature.id, feature]));
  const sourcesOf = new Map<string, KeyFeature[]>();
  const removed: FeatureRef[] = [];
  for (const [id, feature] of oldFeatures) {
    const home = homes.get(id);
    if (home === undefined) removed.push(ref(feature));
    else sourcesOf.set(home, [...(sourcesOf.get(home) ?? []), feature]);
  }
  const added: FeatureRef[] = [];
  const renamed: { from: FeatureRef; to: FeatureRef }[] = [];
  const merged: { from: FeatureRef[]; to: FeatureRef }[] = [];
  const reworded: { id: string; before: LocalizedText; after: LocalizedText }[] = [];
  const limits: LimitChange[] = LIMIT_FIELDS.filter((field) => before.limits[field] !== after.limits[field]).map(
    (field) => ({
      featureId: null,
      field,
      before: before.limits[field],
      after: after.limits[field],
    }),
  );
  let guidanceChanged = 0;
  for (const feature of allKeyFeatures(after)) {
    const sources = sourcesOf.get(feature.id) ?? [];
    const [first] = sources;
    if (!first) {
      added.push(ref(feature));
      if (feature.guidance) guidanceChanged++;
      continue;
    }
    if (sources.length > 1) merged.push({ from: sources.map(ref), to: ref(feature) });
    else if (first.id !== feature.id) renamed.push({ from: ref(first), to: ref(feature) });
    else if (!sameText(first.title, feature.title))
      reworded.push({ id: feature.id, before: first.title, after: feature.title });
    if (sources.length === 1 && !sameText(first.guidance, feature.guidance)) guidanceChanged++;
    if (sources.length === 1 && (first.limits || feature.limits)) {
      const old = limitsOf(before, first);
      const now = limitsOf(after, feature);
      for (const field of LIMIT_FIELDS)
        if (old[field] !== now[field])
          limits.push({ featureId: feature.id, field, before: old[field], after: now[field] });
    }
  }
  return {
    from: before.version,
    to: after.version,
    added,
    renamed,
    merged,
    removed,
    reworded,
    retitledAreas: retitledAreas(before, after),
    limits,
    profile: profileChanges(before.profile, after.profile),
    guidanceChanged,
  };
}

function retitledAreas(
  before: Framework,
  after: Framework,
): { id: string; before: LocalizedText; after: LocalizedText }[] {
  const old = new Map(allAreas(before).map((area) => [area.id, area.title]));
  return allAreas(after).flatMap((area) => {
    const title = old.get(area.id);
    return title && !sameText(title, area.title) ? [{ id: area.id, before: title, after: area.title }] : [];
  });
}

function profileChanges(before: readonly ProfileField[], after: readonly ProfileField[]): ProfileChanges {
  const old = new Map(before.map((field) => [field.id, field]));
  const takenOver = new Set<string>();
  const renamed: { from: string; to: string; label: LocalizedText }[] = [];
  const added: { id: string; label: LocalizedText }[] = [];
  const required: { id: string; label: LocalizedText; now: boolean }[] = [];
  for (const field of after) {
    const former = (field.formerIds ?? []).find((id) => old.has(id) && !after.some((other) => other.id === id));
    if (former) {
      takenOver.add(former);
      renamed.push({ from: former, to: field.id, label: field.label });
    }
    const previous = old.get(field.id) ?? (former ? old.get(former) : undefined);
    if (!previous) added.push({ id: field.id, label: field.label });
    else if (previous.required !== field.required)
      required.push({ id: field.id, label: field.label, now: field.required });
  }
  const kept = new Set(after.map((field) => field.id));
  const removed = before
    .filter((field) => !kept.has(field.id) && !takenOver.has(field.id))
    .map((field) => ({ id: field.id, label: field.label }));
  return { added, removed, renamed, required };
}

/** True when a new version changes nothing the officer would see. */
export function changesNothing(changes: FrameworkChanges): boolean {
  const lists = [
    changes.added,
    changes.renamed,
    changes.merged,
    changes.removed,
    changes.reworded,
    changes.retitledAreas,
    changes.limits,
  ];
  const profile = changes.profile;
  return (
    lists.every((list) => list.length === 0) &&
    [profile.added, profile.removed, profile.renamed, profile.required].every((list) => list.length === 0) &&
    changes.guidanceChanged === 0
  );
}
