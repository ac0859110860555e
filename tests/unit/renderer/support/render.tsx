import { render, type RenderResult } from '@testing-library/react';
import i18next from 'i18next';
import type { ReactElement } from 'react';
import type { Language } from '@/shared/language';
import { setupI18n } from '@/renderer/src/i18n/i18n';

let ready: Promise<unknown> | undefined;

/**
 * Renders a component the way the app does: with the app's own i18next set-up and locale
 * files, in the language asked for. Component tests run in happy-dom (each file says so in its
 * `@vitest-environment` line): a light DOM that starts fast on a shared machine; layout and
 * real focus rings are checked in Chromium by the E2E suite.
 */
export async function renderIn(language: Language, ui: ReactElement): Promise<RenderResult> {
  ready ??= setupI18n(language);
  await ready;
  await i18next.changeLanguage(language);
  return render(ui);
}
