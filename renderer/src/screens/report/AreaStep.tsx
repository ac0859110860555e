import { limitsOf, type Area, type WordLimits } from '@/shared/framework/schema';
import type { SectionCompleteness } from '@/shared/report/completeness';
import { emptySection } from '@/shared/report/create';
import type { Report, Section } from '@/shared/report/schema';
import { SectionForm } from './SectionForm';

const NO_PROBLEMS: SectionCompleteness['problems'] = [];

/** One of the twelve areas: a section per Key Feature, drawn from the framework data (a feature may set its own limits). */
export function AreaStep({
  report,
  area,
  limits,
  sections,
  onSection,
}: {
  report: Report;
  area: Area;
  limits: WordLimits;
  sections: Readonly<Record<string, SectionCompleteness>>;
  onSection: (featureId: string, section: Section) => void;
}) {
  return (
    <>
      {area.features.map((feature) => (
        <SectionForm
          key={`${report.id}/${feature.id}`}
          reportId={report.id}
          feature={feature}
          initial={report.sections[feature.id] ?? emptySection(report.updatedAt)}
          attachments={report.attachments}
          limits={limitsOf({ limits }, feature)}
          problems={sections[feature.id]?.problems ?? NO_PROBLEMS}
          onEdit={onSection}
        />
      ))}
    </>
  );
}
