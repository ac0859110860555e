import { DEFAULT_SETTINGS, settingsSchema, type Settings, type SettingsPatch } from '@/shared/settings';

/**
 * The part of electron-store / conf that we use. The app passes an electron-store instance,
 * tests and the CLI pass a `conf` instance on a temporary folder: same library underneath.
 */
export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

const SETTINGS_KEY = 'settings';

export class SettingsService {
  private readonly listeners = new Set<(settings: Settings) => void>();

  constructor(private readonly store: KeyValueStore) {}

  /** Main's own surfaces that follow a setting (the menus follow the interface language). */
  onChange(listener: (settings: Settings) => void): void {
    this.listeners.add(listener);
  }

  /** Stored settings merged over the defaults; a field that no longer validates falls back alone. */
  get(): Settings {
    const stored = this.store.get(SETTINGS_KEY);
    const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
    if (stored && typeof stored === 'object') {
      for (const [key, value] of Object.entries(stored)) {
        const field = settingsSchema.shape[key as keyof Settings] as
          { safeParse(v: unknown): { success: boolean } } | undefined;
        if (field?.safeParse(value).success) merged[key] = value;
      }
    }
    return settingsSchema.parse(merged);
  }

  update(patch: SettingsPatch): Settings {
    const next = settingsSchema.parse({ ...this.get(), ...patch });
    this.store.set(SETTINGS_KEY, next);
    for (const listener of this.listeners) listener(next);
    return next;
  }
}
