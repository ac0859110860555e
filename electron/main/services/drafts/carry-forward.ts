import { RipotiError } from '@/shared/errors';
import type { Framework } from '@/shared/framework/schema';
import { createReport } from '@/shared/report/create';
import type { Report, ReportingPeriod } from '@/shared/report/schema';

/** The GNLC reports every two years: the next cycle is the same window two years on. */
export function nextCyclePeriod(period: ReportingPeriod): ReportingPeriod {
  const shift = (value: string, years: number) => `${Number(value.slice(0, 4)) + years}${value.slice(4)}`;
  return {
    startMonth: shift(period.startMonth, 2),
    endMonth: shift(period.endMonth, 2),
    dueDate: shift(period.dueDate, 2),
  };
}

/**
 * "Start next cycle from this report": a new report with the profile and the chosen sections
 * copied, marked carriedForwardFrom the old one. Chosen sections restart as in progress,
 * because last cycle's "complete" does not mean this cycle's text is done.
 */
export function carryForward(
  source: Report,
  featureIds: readonly string[],
  framework: Framework,
  input: { id: string; now: string; title?: string | undefined },
): Report {
  const fresh = createReport(framework, {
    id: input.id,
    now: input.now,
    title: input.title ?? `${source.title} (next cycle)`,
    language: source.language,
    period: nextCyclePeriod(source.period),
  });
  const sections = { ...fresh.sections };
  const attachments: Report['attachments'] = {};
  for (const featureId of featureIds) {
    const section = source.sections[featureId];
    if (!section) throw new RipotiError('not-found', `The report has no Key Feature ${featureId} to carry forward.`);
    if (!(featureId in sections)) continue;
    sections[featureId] = {
      ...structuredClone(section),
      status: section.status === 'not-started' ? 'not-started' : 'in-progress',
      updatedAt: input.now,
    };
    for (const evidence of section.evidence) {
      const attachment = source.attachments[evidence.attachmentId];
      if (attachment) attachments[attachment.id] = attachment;
    }
  }
  return { ...fresh, profile: structuredClone(source.profile), sections, attachments, carriedForwardFrom: source.id };
}
