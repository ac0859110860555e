import { isBlank, isEmail, isFigure, isPartialDate, isWebAddress } from './field-rules';
import { progressOf, type Problem, type ProblemCode, type Progress } from './problem';
import type { Profile, Report } from './schema';

/** What UNESCO's survey cannot do without; website, phone and membership date are optional. */
export const REQUIRED_PROFILE_FIELDS = [
  'city',
  'county',
  'country',
  'population',
  'areaKm2',
  'leaderName',
  'leaderTitle',
  'focalPointName',
  'focalPointEmail',
] as const satisfies readonly (keyof Profile)[];

/** Format checks that apply whenever the field is filled in, required or not. */
const FORMAT_RULES: readonly { field: keyof Profile; code: ProblemCode; valid: (value: string) => boolean }[] = [
  { field: 'population', code: 'not-a-number', valid: isFigure },
  { field: 'areaKm2', code: 'not-a-number', valid: isFigure },
  { field: 'focalPointEmail', code: 'invalid-email', valid: isEmail },
  { field: 'website', code: 'invalid-web-address', valid: isWebAddress },
  { field: 'membershipDate', code: 'invalid-date', valid: isPartialDate },
];

export function checkProfile(profile: Profile): { progress: Progress; problems: Problem[] } {
  const problems: Problem[] = [];
  for (const field of REQUIRED_PROFILE_FIELDS) {
    if (isBlank(profile[field])) problems.push({ code: 'required', path: `profile.${field}` });
  }
  for (const rule of FORMAT_RULES) {
    const value = profile[rule.field];
    if (!isBlank(value) && !rule.valid(value)) problems.push({ code: rule.code, path: `profile.${rule.field}`, params: { value } });
  }
  const wrong = new Set(problems.map((problem) => problem.path));
  const done = REQUIRED_PROFILE_FIELDS.filter((field) => !wrong.has(`profile.${field}`)).length;
  return { progress: progressOf(done, REQUIRED_PROFILE_FIELDS.length), problems };
}

/** The title and the reporting period: not counted as progress, but Finalise needs them right. */
export function checkReportMeta(report: Pick<Report, 'title' | 'period'>): Problem[] {
  const problems: Problem[] = [];
  if (isBlank(report.title)) problems.push({ code: 'required', path: 'title' });
  if (report.period.startMonth > report.period.endMonth) {
    problems.push({ code: 'invalid-period', path: 'period.endMonth', params: { start: report.period.startMonth, end: report.period.endMonth } });
  }
  return problems;
}
