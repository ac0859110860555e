import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { WordFileProblem } from '@/shared/word-import/word-file-problem';
import { useInterfaceLanguage } from '../../i18n/useFormat';

/**
 * Why a Word file was refused, in the interface language: as describeError does, English
 * keeps main's own sentence (it names the part and sizes); Kiswahili and French say it by the
 * problem's code, with main's sentence in brackets for its particulars.
 */
export function useDescribeWordProblem(): (problem: WordFileProblem, message: string) => string {
  const { t } = useTranslation();
  const language = useInterfaceLanguage();
  return useCallback(
    (problem: WordFileProblem, message: string) =>
      language === 'en' ? message : `${t(`wordImport.problem.${problem}`)} (${message})`,
    [t, language],
  );
}
