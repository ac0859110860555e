import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describedBy } from '../../components/form/FieldError';
import { errorId, fieldId } from '../../components/form/field-id';

const TARGET = /^\d{1,2}\.[0-9a-z]{1,2}$/;

function split(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((token) => token.trim())
    .filter(Boolean);
}

/**
 * SDG targets typed as a list ("4.6, 11.3"). The officer's text is kept as typed while it is
 * being written (a half-typed "4." must not vanish); only the well-formed targets are saved.
 */
export function SdgTargetsField({
  featureId,
  value,
  onChange,
}: {
  featureId: string;
  value: readonly string[];
  onChange: (targets: string[]) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => value.join(', '));
  const path = `sections.${featureId}.sdgTargets`;
  const invalid = split(text).filter((token) => !TARGET.test(token));
  return (
    <div className={invalid.length > 0 ? 'field field--error' : 'field'}>
      <label htmlFor={fieldId(path)}>{t('reportForm.section.sdgTargets.label')}</label>
      <p className="hint" id={`${fieldId(path)}-hint`}>
        {t('reportForm.section.sdgTargets.hint')}
      </p>
      {invalid.length > 0 && (
        <p className="field-error" id={errorId(path)}>
          {t('reportForm.section.sdgTargets.invalid', { list: invalid.join(', ') })}
        </p>
      )}
      <input
        id={fieldId(path)}
        value={text}
        aria-invalid={invalid.length > 0 ? true : undefined}
        aria-describedby={describedBy(`${fieldId(path)}-hint`, invalid.length > 0 && errorId(path))}
        onChange={(event) => {
          setText(event.target.value);
          onChange([...new Set(split(event.target.value).filter((token) => TARGET.test(token)))]);
        }}
      />
    </div>
  );
}
