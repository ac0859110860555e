import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ProfileField } from '@/shared/framework/schema';
import { localize } from '@/shared/language';
import type { Problem } from '@/shared/report/completeness';
import { periodSchema, profileSchema, type Profile, type Report, type ReportingPeriod } from '@/shared/report/schema';
import { FormattedField } from '../../components/form/FormattedField';
import { TextField } from '../../components/form/TextField';
import { useInterfaceLanguage } from '../../i18n/useFormat';
import { inlineProblems, problemText } from './problem-text';
import { profileInput } from './profile-input';
import { RetiredProfileAnswers } from './RetiredProfileAnswers';

export interface MetaValues {
  readonly title: string;
  readonly period: ReportingPeriod;
}

/**
 * The report's title and period, and the city's profile as the framework asks it
 * (framework.profile): a national office's version can add, reword or drop a question without
 * a new release. Answers to questions no longer asked are kept and shown apart.
 */
export function ProfileStep({
  report,
  fields,
  problems,
  onProfile,
  onMeta,
}: {
  report: Report;
  fields: readonly ProfileField[];
  problems: readonly Problem[];
  onProfile: (profile: Profile) => void;
  onMeta: (meta: MetaValues) => void;
}) {
  const { t } = useTranslation();
  const language = useInterfaceLanguage();
  // Every question asked has a value in the form (react-hook-form needs one), '' when unanswered.
  const defaultValues = useMemo(
    () => ({ ...Object.fromEntries(fields.map((field) => [field.id, ''])), ...report.profile }),
    [fields, report.profile],
  );
  const profileForm = useForm<Profile>({ defaultValues, resolver: zodResolver(profileSchema), mode: 'onChange' });
  const metaForm = useForm<MetaValues>({
    defaultValues: { title: report.title, period: report.period },
    mode: 'onChange',
  });
  const shown = useMemo(() => inlineProblems(problems), [problems]);
  const message = (path: string) => {
    const problem = shown.get(path);
    return problem ? problemText(t, problem, language) : undefined;
  };
  const { subscribe } = profileForm;
  const subscribeMeta = metaForm.subscribe;
  const periodWellFormed = (period: ReportingPeriod) => periodSchema.safeParse(period).success;

  useEffect(() => {
    return subscribe({ formState: { values: true }, callback: ({ values }) => onProfile({ ...values }) });
  }, [subscribe, onProfile]);

  useEffect(() => {
    return subscribeMeta({
      formState: { values: true },
      // A half-typed month or date is kept in the field but not saved: the store only takes real ones.
      callback: ({ values }) => {
        if (periodWellFormed(values.period)) onMeta({ title: values.title, period: { ...values.period } });
      },
    });
  }, [subscribeMeta, onMeta]);

  return (
    <>
      <fieldset className="form-group">
        <legend>{t('reportForm.meta.legend')}</legend>
        <TextField
          path="title"
          label={t('reportForm.meta.title')}
          error={message('title')}
          registration={metaForm.register('title')}
        />
        <div className="field-row">
          <TextField
            path="period.startMonth"
            type="month"
            label={t('reportForm.meta.startMonth')}
            hint={t('reportForm.meta.monthHint')}
            registration={metaForm.register('period.startMonth')}
          />
          <TextField
            path="period.endMonth"
            type="month"
            label={t('reportForm.meta.endMonth')}
            hint={t('reportForm.meta.monthHint')}
            error={message('period.endMonth')}
            registration={metaForm.register('period.endMonth')}
          />
          <FormattedField
            kind="date"
            language={language}
            path="period.dueDate"
            label={t('reportForm.meta.dueDate')}
            hint={t('reportForm.meta.dueDateHint')}
            control={metaForm.control}
            name="period.dueDate"
          />
        </div>
      </fieldset>
      <fieldset className="form-group">
        <legend>{t('reportForm.profile.legend')}</legend>
        {fields.map((field) => {
          const common = {
            path: `profile.${field.id}`,
            label: localize(field.label, language),
            hint: field.hint ? localize(field.hint, language) : undefined,
            error: message(`profile.${field.id}`),
          };
          if (field.kind === 'figure')
            return (
              <FormattedField
                key={field.id}
                kind="figure"
                language={language}
                control={profileForm.control}
                name={field.id}
                {...common}
              />
            );
          return (
            <TextField
              key={field.id}
              {...common}
              {...profileInput(field)}
              registration={profileForm.register(field.id)}
            />
          );
        })}
      </fieldset>
      <RetiredProfileAnswers profile={report.profile} fields={fields} />
    </>
  );
}
