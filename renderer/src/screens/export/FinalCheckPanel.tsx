import { useTranslation } from 'react-i18next';
import type { ProfileField } from '@/shared/framework/schema';
import type { FinalCheck, FinalCheckKind } from '@/shared/report/final-check';
import { CheckboxList } from '../../components/controls/CheckboxList';
import { ProblemLinks } from '../report/ProblemLinks';

/**
 * What a final export would carry that the rules refuse, kind by kind, each problem a link to
 * its field (as on Review). The officer fixes them or ticks each kind to export it as it is;
 * main checks the same rules and the same ticks again (refuse-unchecked-final.ts).
 */
export function FinalCheckPanel({
  check,
  profile,
  confirmed,
  onConfirm,
  onJump,
}: {
  check: FinalCheck;
  /** The framework's profile questions, to name a profile problem by its question. */
  profile: readonly ProfileField[];
  confirmed: ReadonlySet<FinalCheckKind>;
  onConfirm: (kind: FinalCheckKind, on: boolean) => void;
  onJump: (path: string) => void;
}) {
  const { t } = useTranslation();
  if (check.kinds.length === 0) return <p className="success-message">{t('export.check.passes')}</p>;
  return (
    <section className="final-check error-summary" aria-labelledby="final-check-heading">
      <h4 id="final-check-heading">{t('export.check.heading', { count: check.problems.length })}</h4>
      <CheckboxList
        name="final-check"
        legend={t('export.check.legend')}
        hint={t('export.check.hint')}
        checked={confirmed}
        onChange={(kind, on) => {
          const group = check.kinds.find((candidate) => candidate.kind === kind);
          if (group) onConfirm(group.kind, on);
        }}
        items={check.kinds.map((group) => ({
          value: group.kind,
          label: t(`export.check.kind.${group.kind}`, { count: group.problems.length }),
          detail: <ProblemLinks problems={group.problems} profile={profile} onJump={onJump} />,
        }))}
      />
    </section>
  );
}
