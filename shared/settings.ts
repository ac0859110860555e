import { z } from 'zod';
import { languageSchema } from './language';

/** Preferences kept in electron-store (small, not user content). */
export const settingsSchema = z.object({
  interfaceLanguage: languageSchema,
  /** False until the officer has picked a language, which the first start asks for. */
  interfaceLanguageChosen: z.boolean(),
  /** Minutes of editing between automatic history snapshots. */
  historyIntervalMinutes: z.number().int().min(1).max(240),
  autoSync: z.boolean(),
  syncServerUrl: z.string().max(2000),
  syncUsername: z.string().max(200),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  interfaceLanguage: 'en',
  interfaceLanguageChosen: false,
  historyIntervalMinutes: 10,
  autoSync: false,
  syncServerUrl: '',
  syncUsername: '',
};

/** A change to settings: any subset of fields, each still validated. */
export const settingsPatchSchema = settingsSchema.partial().strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;
