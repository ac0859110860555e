import { useTranslation } from 'react-i18next';
import { useWatch, type Control, type FieldValues, type Path, type UseFormRegisterReturn } from 'react-hook-form';
import { errorId, fieldId } from './field-id';
import { describedBy } from './FieldError';
import { FieldHead } from './FieldHead';
import { useWordCount } from './useWordCount';

export interface WordCountedTextareaProps<Values extends FieldValues> {
  readonly path: string;
  readonly label: string;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
  readonly limit?: number | undefined;
  readonly control: Control<Values>;
  readonly name: Path<Values>;
  readonly registration: UseFormRegisterReturn;
}

/**
 * A long answer with a live "312 / 500 words" counter (GOV.UK character-count pattern):
 * the visible count follows typing, the screen-reader announcement waits for a pause.
 */
export function WordCountedTextarea<Values extends FieldValues>({
  path,
  label,
  hint,
  error,
  limit,
  control,
  name,
  registration,
}: WordCountedTextareaProps<Values>) {
  const { t } = useTranslation();
  const value: unknown = useWatch({ control, name });
  const { words, announcedWords } = useWordCount(typeof value === 'string' ? value : '');
  const id = fieldId(path);
  const over = limit !== undefined && words > limit;
  const counter = (count: number) =>
    limit === undefined ? t('reportForm.counter.words', { count }) : t('reportForm.counter.ofLimit', { count, limit });
  return (
    <div className={error || over ? 'field field--error' : 'field'}>
      <FieldHead path={path} label={label} hint={hint} error={error} />
      <textarea
        id={id}
        rows={6}
        aria-invalid={error || over ? true : undefined}
        aria-describedby={describedBy(hint && `${id}-hint`, error && errorId(path), `${id}-count`)}
        {...registration}
      />
      <p
        id={`${id}-count`}
        className={over ? 'word-count word-count--over' : 'word-count'}
        aria-hidden="true"
        data-testid={`${id}-count`}
      >
        {counter(words)}
        {over && ` ${t('reportForm.counter.over', { count: words - limit })}`}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {counter(announcedWords)}
        {limit !== undefined &&
          announcedWords > limit &&
          ` ${t('reportForm.counter.over', { count: announcedWords - limit })}`}
      </p>
    </div>
  );
}
