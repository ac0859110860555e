import type { ProfileField, ProfileFieldKind } from '../framework/schema';
import { isBlank, isEmail, isFigure, isPartialDate, isWebAddress, isYear } from './field-rules';
import { progressOf, type Problem, type ProblemCode, type Progress } from './problem';
import type { Profile, Report } from './schema';

/** The check each kind of profile question gets whenever it is filled in, required or not. */
const KIND_RULES: Readonly<
  Partial<Record<ProfileFieldKind, { code: ProblemCode; valid: (value: string) => boolean }>>
> = {
  figure: { code: 'not-a-number', valid: isFigure },
  email: { code: 'invalid-email', valid: isEmail },
  'web-address': { code: 'invalid-web-address', valid: isWebAddress },
  'partial-date': { code: 'invalid-date', valid: isPartialDate },
  year: { code: 'invalid-year', valid: isYear },
};

/**
 * The profile as the framework asks it (framework.profile): a required question must be
 * answered; any answer must have its kind's form. Progress counts the required questions.
 */
export function checkProfile(
  profile: Profile,
  fields: readonly ProfileField[],
): { progress: Progress; problems: Problem[] } {
  const problems: Problem[] = [];
  const required = fields.filter((field) => field.required);
  for (const field of required) {
    if (isBlank(profile[field.id] ?? '')) problems.push({ code: 'required', path: `profile.${field.id}` });
  }
  for (const field of fields) {
    const rule = KIND_RULES[field.kind];
    const value = profile[field.id] ?? '';
    if (rule && !isBlank(value) && !rule.valid(value))
      problems.push({ code: rule.code, path: `profile.${field.id}`, params: { value } });
  }
  const wrong = new Set(problems.map((problem) => problem.path));
  const done = required.filter((field) => !wrong.has(`profile.${field.id}`)).length;
  return { progress: progressOf(done, required.length), problems };
}

/** The title and the reporting period: not counted as progress, but Finalise needs them right. */
export function checkReportMeta(report: Pick<Report, 'title' | 'period'>): Problem[] {
  const problems: Problem[] = [];
  if (isBlank(report.title)) problems.push({ code: 'required', path: 'title' });
  if (report.period.startMonth > report.period.endMonth) {
    problems.push({
      code: 'invalid-period',
      path: 'period.endMonth',
      params: { start: report.period.startMonth, end: report.period.endMonth },
    });
  }
  return problems;
}
