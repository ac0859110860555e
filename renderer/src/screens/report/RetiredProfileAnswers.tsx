import { useTranslation } from 'react-i18next';
import type { ProfileField } from '@/shared/framework/schema';
import type { Profile } from '@/shared/report/schema';

/**
 * Answers to profile questions the questions in use no longer ask: kept in the draft (never
 * dropped by new questions), shown here so the officer can copy them where they now belong.
 */
export function RetiredProfileAnswers({ profile, fields }: { profile: Profile; fields: readonly ProfileField[] }) {
  const { t } = useTranslation();
  const asked = new Set(fields.map((field) => field.id));
  const retired = Object.entries(profile).filter(([id, answer]) => !asked.has(id) && answer.trim() !== '');
  if (retired.length === 0) return null;
  return (
    <section aria-labelledby="retired-profile-heading" className="archived">
      <h3 id="retired-profile-heading">{t('reportForm.profile.retired.heading')}</h3>
      <p className="hint">{t('reportForm.profile.retired.hint')}</p>
      <dl>
        {retired.map(([id, answer]) => (
          <div key={id}>
            <dt>{id}</dt>
            <dd>{answer}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
