import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, type ShownError } from './describe-error';
import { useInterfaceLanguage } from './useFormat';

/** describeError bound to the interface language; a new function only when the language changes. */
export function useDescribeError(): (error: ShownError) => string {
  const { t } = useTranslation();
  const language = useInterfaceLanguage();
  return useCallback((error: ShownError) => describeError(t, language, error), [t, language]);
}
