import type { TFunction } from 'i18next';
import type { ProfileField } from '@/shared/framework/schema';
import type { Language } from '@/shared/language';
import { formatFigure } from '@/shared/report/figures';
import type { OnlineAnswer } from '@/shared/report/online-form';
import type { MeasureRow } from '@/shared/report/schema';
import { webFormText } from '@/shared/report/web-form-text';

const FIGURE_COLUMNS = ['baseline', 'current', 'target'] as const;

/** One measure as one line ("Adult literacy rate (%): baseline 61.5, current 72.25, target 80. Source: KNBS"). */
function measureLine(t: TFunction, language: Language, row: MeasureRow): string {
  const name = row.unit.trim() ? `${row.indicator.trim()} (${row.unit.trim()})` : row.indicator.trim();
  const values = FIGURE_COLUMNS.filter((column) => row[column].trim() !== '').map((column) =>
    t('submit.measureValue', {
      label: t(`reportForm.measures.${column}`).toLowerCase(),
      value: formatFigure(row[column], language),
    }),
  );
  const line = t('submit.measureLine', { indicator: name, values: values.join(', ') });
  return row.source.trim() ? `${line} ${t('submit.measureSource', { source: row.source.trim() })}` : line;
}

/**
 * The plain text that goes on the clipboard for one answer, in the report's language: the
 * officer's text as a web form takes it (webFormText), figures written as that language
 * writes them, a measures table as one line per measure.
 */
export function answerText(
  answer: OnlineAnswer,
  t: TFunction,
  language: Language,
  profile: readonly ProfileField[],
): string {
  switch (answer.kind) {
    case 'profile': {
      const field = profile.find((candidate) => candidate.id === answer.profileFieldId);
      return field?.kind === 'figure' ? formatFigure(answer.text, language) : webFormText(answer.text);
    }
    case 'text':
      return webFormText(answer.text);
    case 'measures':
      return answer.rows.map((row) => `• ${measureLine(t, language, row)}`).join('\n');
    case 'sdgTargets':
      return answer.targets.join(', ');
  }
}
