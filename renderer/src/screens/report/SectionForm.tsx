import { zodResolver } from '@hookform/resolvers/zod';
import { memo, useEffect, useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { KeyFeature, WordLimits } from '../../../../shared/framework/schema';
import { localize } from '../../../../shared/language';
import type { Problem } from '../../../../shared/report/completeness';
import { SECTION_STATUSES, sectionSchema, type Section } from '../../../../shared/report/schema';
import { EvidenceField } from '../../components/evidence/EvidenceField';
import { WordCountedTextarea } from '../../components/form/WordCountedTextarea';
import { KeyFeaturePageLink } from '../preview/KeyFeaturePageLink';
import { useInterfaceLanguage } from '../../i18n/useFormat';
import { fieldId } from './field-id';
import { MeasuresTable } from './MeasuresTable';
import { inlineProblems, problemText } from './problem-text';
import { SdgTargetsField } from './SdgTargetsField';

const LONG_ANSWERS = [
  { field: 'narrative', limit: 'narrativeWords' },
  { field: 'actions', limit: undefined },
  { field: 'goodPractice', limit: 'goodPracticeWords' },
  { field: 'challenges', limit: 'challengesWords' },
  { field: 'nextSteps', limit: 'nextStepsWords' },
] as const;

interface SectionFormProps {
  readonly reportId: string;
  readonly feature: KeyFeature;
  readonly initial: Section;
  readonly limits: WordLimits;
  readonly problems: readonly Problem[];
  readonly onEdit: (featureId: string, section: Section) => void;
}

/**
 * One Key Feature. The inputs are uncontrolled (react-hook-form), so a save or a re-render
 * of the progress never touches what the officer is typing: focus and caret stay put.
 * `initial` is read once; later changes come only from the officer.
 */
export const SectionForm = memo(function SectionForm({ reportId, feature, initial, limits, problems, onEdit }: SectionFormProps) {
  const { t } = useTranslation();
  const language = useInterfaceLanguage();
  // Shape checks on blur, not per keystroke: a pasted megabyte is not re-validated on every key.
  const { register, control, subscribe, setValue } = useForm<Section>({ defaultValues: initial, resolver: zodResolver(sectionSchema), mode: 'onBlur' });
  const status = useWatch({ control, name: 'status' });
  const evidence = useWatch({ control, name: 'evidence' });
  const shown = useMemo(() => inlineProblems(problems), [problems]);
  const base = `sections.${feature.id}`;

  useEffect(() => {
    return subscribe({ formState: { values: true }, callback: ({ values }) => onEdit(feature.id, structuredClone(values)) });
  }, [subscribe, onEdit, feature.id]);

  const message = (field: string) => {
    const problem = shown.get(`${base}.${field}`);
    return problem ? problemText(t, problem) : undefined;
  };

  return (
    <section className="key-feature" aria-labelledby={fieldId(base)}>
      <h3 id={fieldId(base)} tabIndex={-1}>
        <span className="key-feature__number">{feature.id}</span> {localize(feature.title, language)}
      </h3>
      <KeyFeaturePageLink reportId={reportId} heading={feature.id} />
      <fieldset className="field status-field">
        <legend>{t('reportForm.section.status.legend')}</legend>
        {SECTION_STATUSES.map((value) => (
          <label key={value} className="radio">
            <input type="radio" value={value} id={value === 'not-applicable' ? fieldId(`${base}.status`) : undefined} {...register('status')} />{' '}
            {t(`reportForm.section.status.${value}`)}
          </label>
        ))}
      </fieldset>
      {status === 'not-applicable' ? (
        <WordCountedTextarea
          path={`${base}.notApplicableReason`}
          label={t('reportForm.section.notApplicableReason.label')}
          hint={t('reportForm.section.notApplicableReason.hint')}
          error={message('notApplicableReason')}
          control={control}
          name="notApplicableReason"
          registration={register('notApplicableReason')}
        />
      ) : (
        <>
          {LONG_ANSWERS.map(({ field, limit }) => (
            <WordCountedTextarea
              key={field}
              path={`${base}.${field}`}
              label={t(`reportForm.section.${field}.label`)}
              hint={t(`reportForm.section.${field}.hint`)}
              error={message(field)}
              limit={limit === undefined ? undefined : limits[limit]}
              control={control}
              name={field}
              registration={register(field)}
            />
          ))}
          <MeasuresTable featureId={feature.id} control={control} register={register} problems={shown} suggestions={feature.suggestedMeasures} />
          <SdgTargetsField featureId={feature.id} value={initial.sdgTargets} onChange={(targets) => setValue('sdgTargets', targets, { shouldDirty: true })} />
          <EvidenceField
            reportId={reportId}
            featureId={feature.id}
            value={evidence}
            onChange={(value) => setValue('evidence', value, { shouldDirty: true })}
          />
        </>
      )}
    </section>
  );
});
