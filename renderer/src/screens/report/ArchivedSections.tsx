import { useTranslation } from 'react-i18next';
import type { Report } from '@/shared/report/schema';

/** Text of Key Features a newer framework removed: shown so it can be reused, never lost. */
export function ArchivedSections({ report }: { report: Report }) {
  const { t } = useTranslation();
  if (report.archivedSections.length === 0) return null;
  return (
    <section aria-labelledby="archived-heading" className="archived">
      <h3 id="archived-heading">{t('reportForm.archived.heading')}</h3>
      <p className="hint">{t('reportForm.archived.hint')}</p>
      {report.archivedSections.map((archived) => (
        <details key={`${archived.frameworkVersion}/${archived.featureId}`}>
          <summary>
            {t('reportForm.archived.item', { feature: archived.featureId, version: archived.frameworkVersion })}
          </summary>
          {[
            archived.section.narrative,
            archived.section.notApplicableReason,
            archived.section.actions,
            archived.section.goodPractice,
            archived.section.challenges,
            archived.section.nextSteps,
          ]
            .filter((text) => text.trim() !== '')
            .map((text, index) => (
              <p key={index} className="archived__text">
                {text}
              </p>
            ))}
        </details>
      ))}
    </section>
  );
}
