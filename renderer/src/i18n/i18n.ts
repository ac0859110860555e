import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, localeOf, languageSchema, type Language } from '@/shared/language';
import en from './locales/en.json' with { type: 'json' };
import fr from './locales/fr.json' with { type: 'json' };
import sw from './locales/sw.json' with { type: 'json' };

/** Resources are bundled: the app never fetches translations from anywhere. */
export const resources = { en: { translation: en }, sw: { translation: sw }, fr: { translation: fr } } as const;

/** Keeps `<html lang>` in step with the interface so screen readers pick the right voice. */
function announceLanguage(language: string): void {
  const known: Language = languageSchema.catch('en').parse(language);
  document.documentElement.lang = localeOf(known);
}

export async function setupI18n(language: Language = 'en'): Promise<typeof i18next> {
  i18next.on('languageChanged', announceLanguage);
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    supportedLngs: [...LANGUAGES],
    // A key still missing in Kiswahili or French shows the English text rather than the key.
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}
