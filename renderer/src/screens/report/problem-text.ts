import type { TFunction } from 'i18next';
import type { ProfileField } from '@/shared/framework/schema';
import { localize, type Language } from '@/shared/language';
import type { Problem } from '@/shared/report/completeness';
import { figureExamples } from '@/shared/report/figures';

/**
 * Names the field a problem points to, in the officer's language ("1.1.1 – What happened"); a
 * profile question by the framework's own label for it.
 */
export function fieldLabel(
  t: TFunction,
  path: string,
  language: Language = 'en',
  profile: readonly ProfileField[] = [],
): string {
  if (path === 'title') return t('reportForm.meta.title');
  if (path.startsWith('period.')) return t(`reportForm.meta.${path.slice('period.'.length)}`);
  if (path.startsWith('profile.')) {
    const id = path.slice('profile.'.length);
    const field = profile.find((candidate) => candidate.id === id);
    return field ? localize(field.label, language) : id;
  }
  const match = /^sections\.(\d+(?:\.\d+)*?)\.([a-zA-Z]+)(?:\.(\d+)\.([a-zA-Z]+))?$/.exec(path);
  if (!match) return path;
  const [, featureId = '', field = '', row, column] = match;
  if (field === 'measures' && row !== undefined && column) {
    return t('reportForm.problems.measureCell', {
      feature: featureId,
      row: Number(row) + 1,
      column: t(`reportForm.measures.${column}`),
    });
  }
  if (field === 'evidence' && row !== undefined)
    return t('reportForm.problems.evidenceCaption', { feature: featureId, number: Number(row) + 1 });
  return t('reportForm.problems.sectionField', { feature: featureId, field: t(`reportForm.section.${field}.label`) });
}

/**
 * The sentence for a problem, without the field name (shown next to the field itself). Example
 * figures are written the way the interface language writes them ("1 200 ou 3,5").
 */
export function problemText(t: TFunction, problem: Problem, language: Language): string {
  const examples = figureExamples(language);
  return t(`reportForm.problems.${problem.code}`, {
    ...problem.params,
    whole: examples.whole,
    decimal: examples.decimal,
  });
}

/** The sentence for the Review list, which names the field it links to. */
export function problemWithField(
  t: TFunction,
  problem: Problem,
  language: Language,
  profile: readonly ProfileField[] = [],
): string {
  return t('reportForm.problems.withField', {
    field: fieldLabel(t, problem.path, language, profile),
    problem: problemText(t, problem, language),
  });
}

/**
 * Inline messages: a required field is not an error while drafting, only on Review, unless the
 * officer has marked the Key Feature complete (then what is missing is said at once).
 */
export function inlineProblems(
  problems: readonly Problem[],
  options: { required?: boolean } = {},
): Map<string, Problem> {
  const shown = new Map<string, Problem>();
  for (const problem of problems) {
    const insideTable = /\.(measures|evidence)\.\d+\./.test(problem.path);
    if (problem.code === 'required' && !insideTable && !options.required) continue;
    if (problem.code === 'not-marked-complete') continue;
    if (!shown.has(problem.path)) shown.set(problem.path, problem);
  }
  return shown;
}
