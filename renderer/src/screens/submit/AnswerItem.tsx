import { useTranslation } from 'react-i18next';
import { countWords } from '@/shared/report/word-count';
import { Button } from '../../components/controls/Button';

export interface AnswerItemProps {
  readonly id: string;
  readonly label: string;
  /** The answer's full name for the Copy button ("1.1.1 – Challenges"), where the label alone would repeat. */
  readonly name: string;
  readonly text: string;
  readonly limit: number | null;
  readonly copied: 'no' | 'yes' | 'changed';
  readonly onCopy: () => void;
}

/** One answer: what it is, its words against its limit, the Copy button and whether it was copied. */
export function AnswerItem({ id, label, name, text, limit, copied, onCopy }: AnswerItemProps) {
  const { t } = useTranslation();
  const words = countWords(text);
  const over = limit !== null && words > limit;
  return (
    <li className={`answer${copied === 'yes' ? ' answer--copied' : ''}`}>
      <p className="answer__head">
        <span className="answer__label" id={`${id}-label`}>
          {label}
        </span>{' '}
        <span className={over ? 'answer__count answer__count--over' : 'answer__count'} id={`${id}-count`}>
          {limit === null
            ? t('reportForm.counter.words', { count: words })
            : t('reportForm.counter.ofLimit', { count: words, limit })}
          {over && ` — ${t('reportForm.counter.over', { count: words - limit })}`}
        </span>
      </p>
      <div className="answer__actions">
        <Button
          small
          aria-label={t('submit.copyLabel', { answer: name })}
          aria-describedby={`${id}-count ${id}-state`}
          onClick={onCopy}
        >
          {t('submit.copy')}
        </Button>{' '}
        <span id={`${id}-state`} className="answer__state">
          {copied === 'yes' ? `✓ ${t('submit.copied')}` : copied === 'changed' ? t('submit.changed') : ''}
        </span>
      </div>
      <details>
        <summary>{t('submit.showText')}</summary>
        <pre className="answer__text" tabIndex={0}>
          {text}
        </pre>
      </details>
    </li>
  );
}
