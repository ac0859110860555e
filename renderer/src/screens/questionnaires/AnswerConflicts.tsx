import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findFeature } from '@/shared/framework/load';
import type { Framework } from '@/shared/framework/schema';
import type { QuestionnaireConflict } from '@/shared/ipc/channels/questionnaires';
import { localize } from '@/shared/language';
import { api } from '../../api';
import { useDescribeError } from '../../i18n/useDescribeError';
import { useFormat } from '../../i18n/useFormat';
import { ConflictCard, type ConflictChoice } from '../sync/ConflictCard';
import '../sync/sync.css';

/**
 * Answers that clash with what the officer changed since the questionnaire left: shown with
 * the Sync screen's own conflict card (mine / theirs / as sent), each resolved on its own.
 */
export function AnswerConflicts({
  conflicts,
  framework,
  reportId,
  flush,
  onResolved,
}: {
  conflicts: readonly QuestionnaireConflict[];
  framework: Framework;
  reportId: string;
  flush: () => Promise<void>;
  onResolved: () => void;
}) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const format = useFormat();
  const [error, setError] = useState<string | null>(null);
  if (conflicts.length === 0) return null;

  async function resolve(conflict: QuestionnaireConflict, choice: ConflictChoice) {
    setError(null);
    await flush();
    const result = await api().resolveQuestionnaireConflict({
      reportId,
      questionnaireId: conflict.questionnaireId,
      key: conflict.key,
      resolution: choice,
    });
    if (!result.ok) return setError(describe(result.error));
    onResolved();
  }

  const labelOf = (conflict: QuestionnaireConflict) => {
    const [, featureId = '', field = '', ...rest] = conflict.path;
    const place = findFeature(framework, featureId);
    const title = place ? localize(place.feature.title, format.language) : '';
    const from = t('questionnaires.conflicts.from', {
      department: conflict.department,
      date: format.dateTime(conflict.receivedAt),
    });
    return `${featureId} ${title} — ${[t(`questionnaires.field.${field}`, { defaultValue: field }), ...rest].join(' / ')} (${from})`;
  };
  const sides = {
    mine: t('questionnaires.conflicts.mine'),
    theirs: t('questionnaires.conflicts.theirs'),
    base: t('questionnaires.conflicts.base'),
  };

  return (
    <section aria-labelledby="answer-conflicts-heading" className="sync-conflicts">
      <h3 id="answer-conflicts-heading">{t('questionnaires.conflicts.heading', { count: conflicts.length })}</h3>
      <p>{t('questionnaires.conflicts.explain')}</p>
      {error && (
        <p className="error-message" role="alert">
          {error}
        </p>
      )}
      {conflicts.map((conflict) => (
        <ConflictCard
          key={`${conflict.questionnaireId}/${conflict.key}`}
          conflict={{ ...conflict, mineFromThisComputer: true }}
          fieldLabel={labelOf(conflict)}
          sides={sides}
          onResolve={(choice) => void resolve(conflict, choice)}
        />
      ))}
    </section>
  );
}
