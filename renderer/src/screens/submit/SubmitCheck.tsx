import { useTranslation } from 'react-i18next';
import type { ProfileField } from '@/shared/framework/schema';
import type { FinalCheck } from '@/shared/report/final-check';
import { ProblemLinks } from '../report/ProblemLinks';

/** The rules of the final export, before anything is copied: what still fails, each a link to its field. */
export function SubmitCheck({
  check,
  profile,
  onJump,
}: {
  check: FinalCheck;
  profile: readonly ProfileField[];
  onJump: (path: string) => void;
}) {
  const { t } = useTranslation();
  if (check.problems.length === 0) return <p className="success-message">{t('submit.check.passes')}</p>;
  return (
    <section className="error-summary" aria-labelledby="submit-check-heading">
      <h3 id="submit-check-heading">{t('submit.check.heading', { count: check.problems.length })}</h3>
      <ProblemLinks problems={check.problems} profile={profile} onJump={onJump} />
    </section>
  );
}
