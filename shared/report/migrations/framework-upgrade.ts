import { allKeyFeatures } from '../../framework/load';
import type { Framework } from '../../framework/schema';
import { emptySection } from '../create';
import type { ArchivedSection, Report, Section } from '../schema';
import { isEmptySection } from '../section-completeness';
import { mergeSections } from './merge-sections';
import type { MigrationNote } from './note';

/**
 * Re-files a draft's sections under the Key Features of `framework`. A feature that lists an
 * old id in `formerIds` takes that section's text (several old ids: merged); an old section
 * with text and no new home goes to `archivedSections`, shown to the officer, never dropped.
 */
export function upgradeFramework(report: Report, framework: Framework): { report: Report; notes: MigrationNote[] } {
  const sameFramework = report.frameworkRef.id === framework.id && report.frameworkRef.version === framework.version;
  const notes: MigrationNote[] = [];
  const features = allKeyFeatures(framework);
  const homeOf = new Map<string, string>();
  for (const feature of features) homeOf.set(feature.id, feature.id);
  // Within one framework version ids are stable; across versions an explicit formerIds wins
  // over a coincidence of numbering (a renumbered feature may reuse an old id).
  if (!sameFramework) for (const feature of features) for (const formerId of feature.formerIds ?? []) homeOf.set(formerId, feature.id);

  const incoming = new Map<string, { featureId: string; section: Section }[]>();
  const archived: ArchivedSection[] = [...report.archivedSections];
  for (const [featureId, section] of Object.entries(report.sections)) {
    const home = homeOf.get(featureId);
    if (home !== undefined) {
      incoming.set(home, [...(incoming.get(home) ?? []), { featureId, section }]);
    } else if (!isEmptySection(section) || section.notApplicableReason.trim() !== '') {
      archived.push({ featureId, title: '', frameworkVersion: report.frameworkRef.version, section });
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
  if (!sameFramework) {
    notes.unshift({ code: 'framework-changed', params: { from: report.frameworkRef.version, to: framework.version } });
  }
  return {
    report: { ...report, frameworkRef: { id: framework.id, version: framework.version }, sections, archivedSections: archived },
    notes,
  };
}
