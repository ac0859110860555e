import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileField } from '@/shared/framework/schema';
import type { Problem } from '@/shared/report/problem';
import { useInterfaceLanguage } from '../../i18n/useFormat';
import { problemWithField } from './problem-text';

/**
 * The list of what still fails, each problem a link that takes the officer to its field: the
 * same list in Review, the Export step's final check and the Online form's check.
 */
export function ProblemLinks({
  problems,
  profile,
  onJump,
  hrefOf = () => '#',
  after,
}: {
  problems: readonly Problem[];
  profile: readonly ProfileField[];
  onJump: (path: string) => void;
  /** Where the link points without a script (Review names the step); the click jumps to the field. */
  hrefOf?: (problem: Problem) => string;
  /** Shown after each link (Review adds the page of its Key Feature in the Preview). */
  after?: (problem: Problem) => ReactNode;
}) {
  const { t } = useTranslation();
  const language = useInterfaceLanguage();
  return (
    <ul className="error-summary__list">
      {problems.map((problem) => (
        <li key={`${problem.code}:${problem.path}`}>
          <a
            href={hrefOf(problem)}
            onClick={(event) => {
              event.preventDefault();
              onJump(problem.path);
            }}
          >
            {problemWithField(t, problem, language, profile)}
          </a>
          {after?.(problem)}
        </li>
      ))}
    </ul>
  );
}
