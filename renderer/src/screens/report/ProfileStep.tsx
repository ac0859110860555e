import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../../../shared/report/completeness';
import { periodSchema, profileSchema, type Profile, type Report, type ReportingPeriod } from '../../../../shared/report/schema';
import { TextField, type TextFieldProps } from '../../components/form/TextField';
import { inlineProblems, problemText } from './problem-text';

export interface MetaValues {
  readonly title: string;
  readonly period: ReportingPeriod;
}

const PROFILE_FIELDS: readonly { name: string; type?: TextFieldProps['type']; inputMode?: TextFieldProps['inputMode']; autoComplete?: string }[] = [
  { name: 'city' },
  { name: 'county' },
  { name: 'country', autoComplete: 'country-name' },
  { name: 'population', inputMode: 'decimal' },
  { name: 'areaKm2', inputMode: 'decimal' },
  { name: 'website', type: 'url', inputMode: 'url' },
  { name: 'leaderName' },
  { name: 'leaderTitle' },
  { name: 'focalPointName', autoComplete: 'name' },
  { name: 'focalPointEmail', type: 'email', autoComplete: 'email' },
  { name: 'focalPointPhone', type: 'tel', autoComplete: 'tel' },
  { name: 'membershipDate' },
];

/** The city's profile and the report's title and period: the first step of the stepper. */
export function ProfileStep({
  report,
  problems,
  onProfile,
  onMeta,
}: {
  report: Report;
  problems: readonly Problem[];
  onProfile: (profile: Profile) => void;
  onMeta: (meta: MetaValues) => void;
}) {
  const { t } = useTranslation();
  const profileForm = useForm<Profile>({ defaultValues: report.profile, resolver: zodResolver(profileSchema), mode: 'onChange' });
  const metaForm = useForm<MetaValues>({ defaultValues: { title: report.title, period: report.period }, mode: 'onChange' });
  const shown = useMemo(() => inlineProblems(problems), [problems]);
  const message = (path: string) => {
    const problem = shown.get(path);
    return problem ? problemText(t, problem) : undefined;
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
      // A half-typed month is kept in the field but not saved: the store only takes real months.
      callback: ({ values }) => {
        if (periodWellFormed(values.period)) onMeta({ title: values.title, period: { ...values.period } });
      },
    });
  }, [subscribeMeta, onMeta]);

  return (
    <>
      <fieldset className="form-group">
        <legend>{t('reportForm.meta.legend')}</legend>
        <TextField path="title" label={t('reportForm.meta.title')} error={message('title')} registration={metaForm.register('title')} />
        <div className="field-row">
          <TextField path="period.startMonth" type="month" label={t('reportForm.meta.startMonth')} hint={t('reportForm.meta.monthHint')} registration={metaForm.register('period.startMonth')} />
          <TextField
            path="period.endMonth"
            type="month"
            label={t('reportForm.meta.endMonth')}
            hint={t('reportForm.meta.monthHint')}
            error={message('period.endMonth')}
            registration={metaForm.register('period.endMonth')}
          />
          <TextField path="period.dueDate" type="date" label={t('reportForm.meta.dueDate')} registration={metaForm.register('period.dueDate')} />
        </div>
      </fieldset>
      <fieldset className="form-group">
        <legend>{t('reportForm.profile.legend')}</legend>
        {PROFILE_FIELDS.map(({ name, type, inputMode, autoComplete }) => (
          <TextField
            key={name}
            path={`profile.${name}`}
            label={t(`reportForm.profile.${name}`)}
            hint={t(`reportForm.profileHints.${name}`, { defaultValue: '' }) || undefined}
            error={message(`profile.${name}`)}
            {...(type && { type })}
            {...(inputMode && { inputMode })}
            {...(autoComplete && { autoComplete })}
            registration={profileForm.register(name)}
          />
        ))}
      </fieldset>
    </>
  );
}
