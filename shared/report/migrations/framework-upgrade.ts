import { homesOf } from '../../framework/homes';
import { allKeyFeatures, findFeature } from '../../framework/load';
import type { Framework } from '../../framework/schema';
import { localize } from '../../language';
import { emptySection } from '../create';
import { NAMED_PROFILE_FIELDS, type ArchivedSection, type Profile, type Report, type Section } from '../schema';
import { isEmptySection } from '../section-completeness';
import { mergeSections } from './merge-sections';
import type { MigrationNote } from './note';

/**
 * Re-files a draft's sections under the Key Features of `framework`. A feature that lists an
 * old id in `formerIds` takes that section's text (several old ids: merged); an old section
 * with text and no new home goes to `archivedSections`, shown to the officer, never dropped.
 * Profile answers follow renamed questions the same way; an answer to a question the new
 * framework no longer asks stays in the profile. `previous`, when it is the framework the
 * draft was written against, gives archived sections their titles.
 */
export function upgradeFramework(
  report: Report,
  framework: Framework,
  previous?: Framework,
): { report: Report; notes: MigrationNote[] } {
  const sameFramework = report.frameworkRef.id === framework.id && report.frameworkRef.version === framework.version;
  const notes: MigrationNote[] = [];
  const features = allKeyFeatures(framework);
  const homeOf = homesOf(framework, sameFramework);
  const written = previous && previous.version === report.frameworkRef.version ? previous : undefined;

  const incoming = new Map<string, { featureId: string; section: Section }[]>();
  const archived: ArchivedSection[] = [...report.archivedSections];
  for (const [featureId, section] of Object.entries(report.sections)) {
    const home = homeOf.get(featureId);
    if (home !== undefined) {
      incoming.set(home, [...(incoming.get(home) ?? []), { featureId, section }]);
    } else if (!isEmptySection(section) || section.notApplicableReason.trim() !== '') {
      const oldTitle = written ? findFeature(written, featureId)?.feature.title : undefined;
      archived.push({
        featureId,
        title: oldTitle ? localize(oldTitle, report.language) : '',
        frameworkVersion: report.frameworkRef.version,
        section,
      });
      notes.push({ code: 'feature-archived', params: { featureId } });
    }
  }

  const sections: Record<string, Section> = {};
  for (const feature of features) {
    const parts = incoming.get(feature.id) ?? [];
    if (parts.length === 0) {
      sections[feature.id] = emptySection(report.updatedAt);
      notes.push({ code: 'feature-added', params: { featureId: feature.id } });
      continue;
    }
    sections[feature.id] = mergeSections(parts);
    const from = parts.map((part) => part.featureId).join(', ');
    if (parts.length > 1) notes.push({ code: 'features-merged', params: { from, to: feature.id } });
    else if (from !== feature.id) notes.push({ code: 'feature-renamed', params: { from, to: feature.id } });
  }
  const profile = sameFramework ? report.profile : refileProfile(report.profile, framework, notes);
  if (!sameFramework) {
    notes.unshift({ code: 'framework-changed', params: { from: report.frameworkRef.version, to: framework.version } });
  }
  return {
    report: {
      ...report,
      frameworkRef: { id: framework.id, version: framework.version },
      profile,
      sections,
      archivedSections: archived,
    },
    notes,
  };
}

/** A renamed profile question takes its old answer; nothing else moves and nothing is removed. */
function refileProfile(profile: Profile, framework: Framework, notes: MigrationNote[]): Profile {
  const next: Profile = { ...profile };
  const asked = new Set(framework.profile.map((field) => field.id));
  const moved = new Set<string>();
  for (const field of framework.profile) {
    for (const formerId of field.formerIds ?? []) {
      const old = next[formerId];
      if (old === undefined || old.trim() === '' || asked.has(formerId)) continue;
      const current = next[field.id] ?? '';
      // Both hold text (a colleague answered the new question already): keep both, one after the other.
      next[field.id] = current.trim() === '' ? old : `${current} / ${old}`;
      next[formerId] = '';
      moved.add(formerId);
      notes.push({ code: 'profile-field-renamed', params: { from: formerId, to: field.id } });
    }
  }
  // The twelve named answers are part of every draft's shape: emptied, not removed.
  return Object.fromEntries(
    Object.entries(next).filter(([id]) => !moved.has(id) || NAMED_PROFILE_FIELDS.includes(id)),
  ) as Profile;
}
