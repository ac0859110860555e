import { useTranslation } from 'react-i18next';
import { languageSchema, type Language } from '@/shared/language';
import * as format from './format';

/** The interface language as a Language (an unknown i18next code falls back to English). */
export function useInterfaceLanguage(): Language {
  const { i18n } = useTranslation();
  return languageSchema.catch('en').parse(i18n.resolvedLanguage ?? i18n.language);
}

/** The Intl formatters bound to the interface language, re-rendered when the language changes. */
export function useFormat() {
  const language = useInterfaceLanguage();
  return {
    language,
    month: (month: string) => format.formatMonth(month, language),
    period: (period: { startMonth: string; endMonth: string }) => format.formatPeriod(period, language),
    date: (isoDate: string) => format.formatDate(isoDate, language),
    dateTime: (moment: string | Date) => format.formatDateTime(moment, language),
    time: (moment: string | Date) => format.formatTime(moment, language),
    number: (value: number) => format.formatNumber(value, language),
    percent: (fraction: number) => format.formatPercent(fraction, language),
  };
}
