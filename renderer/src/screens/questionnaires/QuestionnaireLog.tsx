import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useApiQuery } from '../../components/useApiQuery';
import { useFormat } from '../../i18n/useFormat';

/** The Export step's list of questionnaires sent from this report and what came back. */
export function QuestionnaireLog({ reportId }: { reportId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const sent = useApiQuery(() => api().listQuestionnaires({ reportId }), [reportId]);
  if (sent.state === 'loading') return null;
  if (sent.state === 'failed') return <ErrorMessage error={sent.error} />;
  return (
    <section aria-labelledby="questionnaire-log-heading">
      <h4 id="questionnaire-log-heading">{t('questionnaires.log.heading')}</h4>
      {sent.value.length === 0 ? (
        <p className="hint">{t('questionnaires.log.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="review-table">
            <caption className="visually-hidden">{t('questionnaires.log.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('questionnaires.log.columns.department')}</th>
                <th scope="col">{t('questionnaires.log.columns.sent')}</th>
                <th scope="col">{t('questionnaires.log.columns.due')}</th>
                <th scope="col">{t('questionnaires.log.columns.returned')}</th>
                <th scope="col">{t('questionnaires.log.columns.fields')}</th>
              </tr>
            </thead>
            <tbody>
              {sent.value.map((questionnaire) => (
                <tr key={questionnaire.id}>
                  <th scope="row">{questionnaire.department}</th>
                  <td>{format.dateTime(questionnaire.sentAt)}</td>
                  <td>{format.date(questionnaire.dueDate)}</td>
                  <td>
                    {questionnaire.returns.length === 0
                      ? t('questionnaires.log.notReturned')
                      : questionnaire.returns
                          .map((back) =>
                            t('questionnaires.log.returnedOn', {
                              date: format.dateTime(back.receivedAt),
                              changed: back.changed,
                              conflicts: back.conflicts,
                            }),
                          )
                          .join('; ')}
                  </td>
                  <td>
                    {t('questionnaires.log.fieldCount', { count: questionnaire.questions.length })}:{' '}
                    {questionnaire.questions
                      .map((question) => `${question.featureId} ${t(`questionnaires.field.${question.field}`)}`)
                      .join(', ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
