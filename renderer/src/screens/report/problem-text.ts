import type { TFunction } from 'i18next';
import type { Problem } from '../../../../shared/report/completeness';

/** Names the field a problem points to, in the officer's language ("1.1.1 – What happened"). */
export function fieldLabel(t: TFunction, path: string): string {
  if (path === 'title') return t('reportForm.meta.title');
  if (path.startsWith('period.')) return t(`reportForm.meta.${path.slice('period.'.length)}`);
  if (path.startsWith('profile.')) return t(`reportForm.profile.${path.slice('profile.'.length)}`);
  const match = /^sections\.(\d+(?:\.\d+)*?)\.([a-zA-Z]+)(?:\.(\d+)\.([a-zA-Z]+))?$/.exec(path);
  if (!match) return path;
  const [, featureId = '', field = '', row, column] = match;
  if (field === 'measures' && row !== undefined && column) {
    return t('reportForm.problems.measureCell', { feature: featureId, row: Number(row) + 1, column: t(`reportForm.measures.${column}`) });
  }
  if (field === 'evidence' && row !== undefined) return t('reportForm.problems.evidenceCaption', { feature: featureId, number: Number(row) + 1 });
  return t('reportForm.problems.sectionField', { feature: featureId, field: t(`reportForm.section.${field}.label`) });
}

/** The sentence for a problem, without the field name (shown next to the field itself). */
export function problemText(t: TFunction, problem: Problem): string {
  return t(`reportForm.problems.${problem.code}`, { ...problem.params });
}

/** The sentence for the Review list, which names the field it links to. */
export function problemWithField(t: TFunction, problem: Problem): string {
  return t('reportForm.problems.withField', { field: fieldLabel(t, problem.path), problem: problemText(t, problem) });
}

/** Inline messages: a required field is not an error while drafting, only on Review. */
export function inlineProblems(problems: readonly Problem[]): Map<string, Problem> {
  const shown = new Map<string, Problem>();
  for (const problem of problems) {
    const insideTable = /\.(measures|evidence)\.\d+\./.test(problem.path);
    if (problem.code === 'required' && !insideTable) continue;
    if (!shown.has(problem.path)) shown.set(problem.path, problem);
  }
  return shown;
}
