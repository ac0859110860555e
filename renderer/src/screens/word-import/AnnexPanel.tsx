import { useTranslation } from 'react-i18next';
import type { Report } from '@/shared/report/schema';
import { useFormat } from '../../i18n/useFormat';

/** "Other / not mapped": the parts of imported Word files kept with the report, shown as they came. */
export function AnnexPanel({ report }: { report: Report }) {
  const { t } = useTranslation();
  const format = useFormat();
  const entries = report.annex ?? [];
  if (entries.length === 0) return null;
  return (
    <details className="word-tools__annex">
      <summary>{t('wordImport.annex.heading', { count: entries.length })}</summary>
      <p className="hint">{t('wordImport.annex.hint')}</p>
      {entries.map((entry) => (
        <article key={entry.id} aria-labelledby={`annex-${entry.id}`}>
          <h4 id={`annex-${entry.id}`}>{entry.heading || t('wordImport.mapping.noHeading')}</h4>
          <p className="hint">
            {t('wordImport.annex.from', { file: entry.source, date: format.dateTime(entry.addedAt) })}
          </p>
          <p className="word-tools__annex-text">{entry.text}</p>
        </article>
      ))}
    </details>
  );
}
