import { describe, expect, it, vi } from 'vitest';
import {
  createSpellCheckProvider,
  languageOfField,
  type FieldDocument,
  type FieldElement,
} from '@/electron/preload/spell-check-provider';

/** A tiny element tree: enough for closest() on `[lang]` and `[data-report-language]`. */
function element(attributes: Record<string, string>, parent: FieldElement | null = null): FieldElement {
  const self: FieldElement = {
    getAttribute: (name) => attributes[name] ?? null,
    closest: (selector) => {
      const name = /^\[([\w-]+)\]$/.exec(selector)?.[1] ?? '';
      return name in attributes ? self : (parent?.closest(selector) ?? null);
    },
  };
  return self;
}

function page(interfaceLanguage: string, build: (root: FieldElement) => FieldElement | null): FieldDocument {
  const root = Object.assign(element({ lang: interfaceLanguage }), { lang: interfaceLanguage });
  const active = build(root);
  return {
    activeElement: active,
    documentElement: root,
    querySelector: (selector) => (selector === '[data-report-language]' ? (active?.closest(selector) ?? null) : null),
  };
}

describe('the language a field is checked in', () => {
  it('is the report’s inside the report editor, whatever the interface language', () => {
    expect(languageOfField(page('sw-KE', (root) => element({}, element({ 'data-report-language': 'fr' }, root))))).toBe(
      'fr',
    );
  });

  it('is a field’s own lang first', () => {
    expect(
      languageOfField(
        page('en-KE', (root) => element({ lang: 'sw-KE' }, element({ 'data-report-language': 'fr' }, root))),
      ),
    ).toBe('sw');
  });

  it('is the interface’s elsewhere, and English for a language Ripoti has no dictionary for', () => {
    expect(languageOfField(page('fr', (root) => element({}, root)))).toBe('fr');
    expect(languageOfField(page('de', () => null))).toBe('en');
  });
});

describe('the provider Chromium calls', () => {
  it('sends the words with the field’s language and underlines what main calls misspelt', async () => {
    const spellCheck = vi.fn().mockResolvedValue({ ok: true, value: ['elemu'] });
    const misspelt = await new Promise((resolve) =>
      createSpellCheckProvider(spellCheck, () => 'sw').spellCheck(['elimu', 'elemu'], resolve),
    );
    expect(spellCheck).toHaveBeenCalledWith({ language: 'sw', words: ['elimu', 'elemu'] });
    expect(misspelt).toEqual(['elemu']);
  });

  it('underlines nothing when main refuses or the call fails, and never leaves Chromium waiting', async () => {
    const refused = vi.fn().mockResolvedValue({ ok: false, error: { code: 'invalid-arguments', message: 'x' } });
    const failed = vi.fn().mockRejectedValue(new Error('gone'));
    for (const spellCheck of [refused, failed])
      expect(
        await new Promise((resolve) => createSpellCheckProvider(spellCheck, () => 'en').spellCheck(['x'], resolve)),
      ).toEqual([]);
  });
});
