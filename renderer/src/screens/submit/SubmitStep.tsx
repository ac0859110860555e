import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findFeature } from '@/shared/framework/load';
import type { Framework } from '@/shared/framework/schema';
import type { CopiedAnswers } from '@/shared/ipc/channels/submission';
import { localize } from '@/shared/language';
import { finalCheck } from '@/shared/report/final-check';
import { onlineAnswers, type OnlineAnswer } from '@/shared/report/online-form';
import type { Report } from '@/shared/report/schema';
import { textFingerprint } from '@/shared/report/web-form-text';
import { api } from '../../api';
import { Button } from '../../components/controls/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useApiQuery } from '../../components/useApiQuery';
import { useDescribeError } from '../../i18n/useDescribeError';
import { useInterfaceLanguage } from '../../i18n/useFormat';
import { fieldLabel } from '../report/problem-text';
import { AnswerItem } from './AnswerItem';
import { answerText } from './answer-text';
import { SubmitCheck } from './SubmitCheck';
import './submit.css';

interface Shown {
  readonly answer: OnlineAnswer;
  readonly text: string;
  readonly fingerprint: string;
}

/**
 * "Copy to the online form": UNESCO takes the report as an online survey, one box per
 * question. Every answer is listed in the framework's order with its words against its limit
 * and a Copy button (plain text a web form takes); what was copied is ticked, on disk, until
 * its text changes. The page needs no connection: the officer's time online is the pasting.
 * The final export's rules are checked first.
 */
export function SubmitStep({
  report,
  framework,
  onJump,
}: {
  report: Report;
  framework: Framework;
  onJump: (path: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = useInterfaceLanguage();
  const describe = useDescribeError();
  const loaded = useApiQuery(() => api().listCopiedAnswers({ reportId: report.id }), [report.id]);
  const [copied, setCopied] = useState<CopiedAnswers | null>(null);
  const [status, setStatus] = useState('');
  const [showAnyway, setShowAnyway] = useState(false);
  const check = useMemo(() => finalCheck(report, framework), [report, framework]);
  // The answers are pasted in the report's language: figures and measure words follow it.
  const reportT = useMemo(() => i18n.getFixedT(report.language), [i18n, report.language]);
  const answers = useMemo<Shown[]>(
    () =>
      onlineAnswers(report, framework).map((answer) => {
        const text = answerText(answer, reportT, report.language, framework.profile);
        return { answer, text, fingerprint: textFingerprint(text) };
      }),
    [report, framework, reportT],
  );
  const ticks = copied ?? (loaded.state === 'ready' ? loaded.value : {});

  const copy = useCallback(
    async (shown: Shown, name: string) => {
      try {
        await navigator.clipboard.writeText(shown.text);
      } catch {
        setStatus(t('submit.copyFailed'));
        return;
      }
      const result = await api().markAnswerCopied({
        reportId: report.id,
        path: shown.answer.path,
        fingerprint: shown.fingerprint,
      });
      if (!result.ok) return setStatus(`${t('submit.copiedNow', { answer: name })} ${describe(result.error)}`);
      setCopied(result.value);
      setStatus(t('submit.copiedNow', { answer: name }));
    },
    [report.id, t, describe],
  );

  const done = answers.filter((shown) => ticks[shown.answer.path] === shown.fingerprint).length;
  const labelOf = (answer: OnlineAnswer) => fieldLabel(t, answer.path, language, framework.profile);
  const groupOf = (answer: OnlineAnswer) => (answer.kind === 'profile' ? 'profile' : answer.featureId);
  const groups = [...new Set(answers.map((shown) => groupOf(shown.answer)))];
  const heading = (group: string) => {
    if (group === 'profile') return t('report.profile');
    const place = findFeature(framework, group);
    return place ? `${group} ${localize(place.feature.title, language)}` : group;
  };

  return (
    <div className="submit-step">
      <p>{t('submit.intro')}</p>
      <SubmitCheck check={check} profile={framework.profile} onJump={onJump} />
      {check.problems.length > 0 && !showAnyway ? (
        <Button onClick={() => setShowAnyway(true)}>{t('submit.check.showAnyway')}</Button>
      ) : (
        <>
          {loaded.state === 'failed' && <ErrorMessage error={loaded.error} />}
          <p className="submit-progress">{t('submit.progress', { copied: done, total: answers.length })}</p>
          <p role="status" className="status-line">
            {status}
          </p>
          {groups.map((group) => (
            <section key={group} aria-labelledby={`submit-${group}`} className="submit-group">
              <h3 id={`submit-${group}`}>{heading(group)}</h3>
              <ul className="answers">
                {answers
                  .filter((shown) => groupOf(shown.answer) === group)
                  .map((shown) => {
                    const { answer } = shown;
                    const label = answer.kind === 'profile' ? labelOf(answer) : t(fieldKey(answer));
                    const name =
                      answer.kind === 'profile'
                        ? label
                        : t('reportForm.problems.sectionField', { feature: answer.featureId, field: label });
                    const stored = ticks[shown.answer.path];
                    return (
                      <AnswerItem
                        key={shown.answer.path}
                        id={`answer-${shown.answer.path.replace(/\./g, '-')}`}
                        label={label}
                        name={name}
                        text={shown.text}
                        limit={shown.answer.kind === 'text' ? shown.answer.limit : null}
                        copied={stored === undefined ? 'no' : stored === shown.fingerprint ? 'yes' : 'changed'}
                        onCopy={() => void copy(shown, name)}
                      />
                    );
                  })}
              </ul>
            </section>
          ))}
        </>
      )}
    </div>
  );
}

/** The question a Key Feature's answer responds to, as the form words it. */
function fieldKey(answer: Exclude<OnlineAnswer, { kind: 'profile' }>): string {
  if (answer.kind === 'measures') return 'reportForm.measures.legend';
  if (answer.kind === 'sdgTargets') return 'reportForm.section.sdgTargets.label';
  return `reportForm.section.${answer.field}.label`;
}
