import { LANGUAGES, type Language } from '../../shared/language';
import type { IpcResult } from '../../shared/ipc/result';

/** The parts of the DOM the provider reads (structural: the preload is compiled without DOM types, and a test can hand in its own). */
export interface FieldElement {
  closest(selectors: string): FieldElement | null;
  getAttribute(name: string): string | null;
}

export interface FieldDocument {
  readonly activeElement: FieldElement | null;
  readonly documentElement: FieldElement & { readonly lang: string };
  querySelector(selectors: string): FieldElement | null;
}

function languageOfTag(tag: string | null | undefined): Language | null {
  const primary = tag?.split('-')[0]?.toLowerCase();
  return LANGUAGES.find((language) => language === primary) ?? null;
}

/**
 * The language of the text being typed: a `lang` on the field or a wrapper of it (the document
 * root aside, which is the interface's), else the report's (`data-report-language` on the report
 * editor), else the interface's. Chromium asks while the officer types, so the focused field is
 * the one being checked.
 */
export function languageOfField(document: FieldDocument): Language {
  const field = document.activeElement;
  const marked = field?.closest('[lang]');
  const own = marked && marked !== document.documentElement ? languageOfTag(marked.getAttribute('lang')) : null;
  const report = field?.closest('[data-report-language]') ?? document.querySelector('[data-report-language]');
  return (
    own ??
    languageOfTag(report?.getAttribute('data-report-language')) ??
    languageOfTag(document.documentElement.lang) ??
    'en'
  );
}

type SpellCheck = (args: { language: Language; words: string[] }) => Promise<IpcResult<string[]>>;

/**
 * What `webFrame.setSpellCheckProvider` wants: Chromium hands over words and waits for the
 * misspelt ones. Main checks them; any failure underlines nothing rather than leaving Chromium waiting.
 */
export function createSpellCheckProvider(spellCheck: SpellCheck, currentLanguage: () => Language) {
  return {
    spellCheck(words: string[], callback: (misspelt: string[]) => void): void {
      spellCheck({ language: currentLanguage(), words }).then(
        (result) => callback(result.ok ? result.value : []),
        () => callback([]),
      );
    },
  };
}
