import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { allAreas } from '@/shared/framework/load';
import type { Framework } from '@/shared/framework/schema';
import type { IpcError } from '@/shared/ipc/result';
import { localize } from '@/shared/language';
import type { ReportCompleteness } from '@/shared/report/completeness';
import type { Report } from '@/shared/report/schema';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useFormat } from '../../i18n/useFormat';
import { hrefOf } from '../../routing/route';
import { KeyFeaturePageLink } from '../preview/KeyFeaturePageLink';
import { ArchivedSections } from './ArchivedSections';
import { problemsByStep } from './problems-by-step';
import { ProblemLinks } from './ProblemLinks';
import { Button } from '../../components/controls/Button';

/**
 * Review: how far each area is, and everything Finalise still needs, each item a link that
 * takes the officer to the field (GOV.UK error summary). Finalise stays disabled until the
 * list is empty; the main process checks the same rules again.
 */
export function ReviewStep({
  report,
  framework,
  completeness,
  onJump,
  onFinalise,
}: {
  report: Report;
  framework: Framework;
  completeness: ReportCompleteness;
  onJump: (path: string) => void;
  onFinalise: () => Promise<IpcError | null>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [finaliseError, setFinaliseError] = useState<IpcError | null>(null);
  const problems = completeness.problems;
  const areas = allAreas(framework);
  const stepName = (step: string) => {
    const area = areas.find((candidate) => candidate.id === step);
    if (area) return `${area.id} ${localize(area.title, format.language)}`;
    return step === 'profile' ? t('report.profile') : t('reportForm.stepTitles.review');
  };

  return (
    <>
      <p>
        {report.status === 'final' ? (
          t('reportForm.review.isFinal')
        ) : (
          <Button
            variant="primary"
            disabled={!completeness.canFinalise}
            aria-describedby={completeness.canFinalise ? undefined : 'missing-heading'}
            onClick={() => void onFinalise().then(setFinaliseError)}
          >
            {t('reportForm.review.finalise')}
          </Button>
        )}
      </p>
      {finaliseError && <ErrorMessage error={finaliseError} />}
      {problems.length > 0 ? (
        <div className="error-summary" aria-labelledby="missing-heading">
          <h3 id="missing-heading">{t('reportForm.review.missingHeading', { count: problems.length })}</h3>
          {problemsByStep(problems, framework, ['profile', ...areas.map((area) => area.id)]).map((group) => (
            <section key={group.step} aria-labelledby={`missing-${group.step}`}>
              <h4 id={`missing-${group.step}`}>{stepName(group.step)}</h4>
              <ProblemLinks
                problems={group.problems}
                profile={framework.profile}
                onJump={onJump}
                hrefOf={() => hrefOf({ screen: 'report', reportId: report.id, step: group.step })}
                after={(problem) => <KeyFeaturePageLink reportId={report.id} path={problem.path} />}
              />
            </section>
          ))}
        </div>
      ) : (
        <p className="success-message">{t('reportForm.review.ready')}</p>
      )}

      <h3>{t('reportForm.review.areasHeading')}</h3>
      <table className="review-table">
        <thead>
          <tr>
            <th scope="col">{t('reportForm.review.area')}</th>
            <th scope="col">{t('reportForm.review.done')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('report.profile')}</th>
            <td>
              {t('reportForm.stepper.progress', { done: completeness.profile.done, total: completeness.profile.total })}
            </td>
          </tr>
          {areas.map((area) => (
            <tr key={area.id}>
              <th scope="row">
                {area.id} {localize(area.title, format.language)}{' '}
                <KeyFeaturePageLink reportId={report.id} heading={area.id} />
              </th>
              <td>
                {t('reportForm.stepper.progress', {
                  done: completeness.areas[area.id]?.done ?? 0,
                  total: completeness.areas[area.id]?.total ?? 0,
                })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <ArchivedSections report={report} />
    </>
  );
}
