import { zodResolver } from '@hookform/resolvers/zod';
import { memo, useEffect, useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { KeyFeature, WordLimits } from '@/shared/framework/schema';
import { localize } from '@/shared/language';
import type { Problem } from '@/shared/report/completeness';
import { sectionSchema, type Attachment, type Section } from '@/shared/report/schema';
import { isEmptySection } from '@/shared/report/section-completeness';
import { EvidenceField } from '../../components/evidence/EvidenceField';
import { fieldId } from '../../components/form/field-id';
import { WordCountedTextarea } from '../../components/form/WordCountedTextarea';
import { KeyFeaturePageLink } from '../preview/KeyFeaturePageLink';
import { useInterfaceLanguage } from '../../i18n/useFormat';
import { MeasuresTable } from './MeasuresTable';
import { inlineProblems, problemText } from './problem-text';
import { SdgTargetsField } from './SdgTargetsField';
import { sectionFormKey, type SectionValues } from './section-form-key';
import { StatusField } from './StatusField';

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
  readonly attachments: Readonly<Record<string, Attachment>>;
  readonly limits: WordLimits;
  readonly problems: readonly Problem[];
  readonly onEdit: (featureId: string, section: Section) => void;
}

/**
 * One Key Feature. The inputs are uncontrolled (react-hook-form), so a save or a re-render
 * of the progress never touches what the officer is typing: focus and caret stay put.
 * `initial` is read once; later changes come only from the officer.
 */
export const SectionForm = memo(function SectionForm({
  reportId,
  feature,
  initial,
  attachments,
  limits,
  problems,
  onEdit,
}: SectionFormProps) {
  const { t } = useTranslation();
  const language = useInterfaceLanguage();
  const key = sectionFormKey(feature.id);
  const resolver = useMemo(() => zodResolver(z.object({ [key]: sectionSchema })), [key]);
  // Shape checks on blur, not per keystroke: a pasted megabyte is not re-validated on every key.
  const { register, control, subscribe, setValue } = useForm<SectionValues>({
    defaultValues: { [key]: initial },
    resolver,
    mode: 'onBlur',
  });
  const status = useWatch({ control, name: `${key}.status` });
  const evidence = useWatch({ control, name: `${key}.evidence` });
  // Marked complete: what is still missing is said at once, not only on Review.
  const shown = useMemo(() => inlineProblems(problems, { required: status === 'complete' }), [problems, status]);
  const base = `sections.${feature.id}`;

  useEffect(() => {
    return subscribe({
      formState: { values: true },
      callback: ({ values }) => {
        const section = values[key];
        if (!section) return;
        // The first words written in a Key Feature not started yet put it in progress.
        if (section.status === 'not-started' && !isEmptySection(section)) {
          setValue(`${key}.status`, 'in-progress', { shouldDirty: true });
          return;
        }
        onEdit(feature.id, structuredClone(section));
      },
    });
  }, [subscribe, onEdit, feature.id, key, setValue]);

  const message = (field: string) => {
    const problem = shown.get(`${base}.${field}`);
    return problem ? problemText(t, problem, language) : undefined;
  };
  const statusMessage = () => {
    if (status === 'complete' && problems.length > 0)
      return { text: t('reportForm.section.status.stillMissing', { count: problems.length }), error: true };
    const unmarked = problems.find((problem) => problem.code === 'not-marked-complete');
    return unmarked ? { text: problemText(t, unmarked, language), error: false } : undefined;
  };

  return (
    <section className="key-feature" aria-labelledby={fieldId(base)} data-feature-id={feature.id}>
      <h3 id={fieldId(base)} tabIndex={-1}>
        <span className="key-feature__number">{feature.id}</span> {localize(feature.title, language)}
      </h3>
      {feature.guidance && <p className="hint key-feature__guidance">{localize(feature.guidance, language)}</p>}
      <KeyFeaturePageLink reportId={reportId} heading={feature.id} />
      <StatusField base={base} status={status} registration={register(`${key}.status`)} message={statusMessage()} />
      {status === 'not-applicable' ? (
        <WordCountedTextarea
          path={`${base}.notApplicableReason`}
          label={t('reportForm.section.notApplicableReason.label')}
          hint={t('reportForm.section.notApplicableReason.hint')}
          error={message('notApplicableReason')}
          control={control}
          name={`${key}.notApplicableReason`}
          registration={register(`${key}.notApplicableReason`)}
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
              name={`${key}.${field}`}
              registration={register(`${key}.${field}`)}
            />
          ))}
          <MeasuresTable
            featureId={feature.id}
            formKey={key}
            control={control}
            register={register}
            problems={shown}
            suggestions={feature.suggestedMeasures}
          />
          <SdgTargetsField
            featureId={feature.id}
            value={initial.sdgTargets}
            onChange={(targets) => setValue(`${key}.sdgTargets`, targets, { shouldDirty: true })}
          />
          <EvidenceField
            reportId={reportId}
            featureId={feature.id}
            value={evidence}
            attachments={attachments}
            problems={shown}
            onChange={(value) => setValue(`${key}.evidence`, value, { shouldDirty: true })}
          />
        </>
      )}
    </section>
  );
});
