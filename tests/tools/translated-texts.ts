import { reportLabels } from '../../electron/main/services/export/labels/report-labels';
import {
  questionnaireLabels,
  type QuestionnaireLabels,
} from '../../electron/main/services/questionnaires/document/questionnaire-labels';
import { menuLabels } from '../../electron/main/window/menu-labels';
import { flattenLocale, pluralBase, type LocaleTree } from '../../renderer/src/i18n/locale-keys';
import en from '../../renderer/src/i18n/locales/en.json' with { type: 'json' };
import fr from '../../renderer/src/i18n/locales/fr.json' with { type: 'json' };
import sw from '../../renderer/src/i18n/locales/sw.json' with { type: 'json' };
import type { TranslatedText } from '../../shared/glossary/glossary';
import { bundledFramework } from '../../shared/framework/load';
import type { Framework } from '../../shared/framework/schema';
import type { LocalizedText, TranslatedLanguage } from '../../shared/language';

/**
 * Every English text of Ripoti beside its translation, named by where it lives: interface
 * keys, Word labels (the report's and a department questionnaire's), menu labels and the framework. The glossary and typography tests read
 * these, so a new string is checked the day it is added, wherever it is added.
 */
export function translatedTexts(
  language: TranslatedLanguage,
  framework: Framework = bundledFramework(),
): TranslatedText[] {
  return [
    ...interfaceTexts(language),
    ...labelTexts(language),
    ...questionnaireTexts(language),
    ...menuTexts(language),
    ...frameworkTexts(language, framework),
  ];
}

function interfaceTexts(language: TranslatedLanguage): TranslatedText[] {
  const english = flattenLocale(en);
  const translated = flattenLocale(({ sw, fr } as Record<TranslatedLanguage, LocaleTree>)[language]);
  return [...translated].flatMap(([key, translation]) => {
    // French has plural forms English lacks (_many): they translate English's _other.
    const source = english.get(key) ?? english.get(`${pluralBase(key)}_other`);
    return source === undefined ? [] : [{ key: `interface:${key}`, en: source, translation }];
  });
}

/** Leaves of a plain object of strings (and arrays of strings), as dotted paths. */
function leaves(value: unknown, prefix: string): Map<string, string> {
  const found = new Map<string, string>();
  if (typeof value === 'string') found.set(prefix, value);
  else if (typeof value === 'object' && value !== null)
    for (const [key, child] of Object.entries(value))
      for (const [path, text] of leaves(child, `${prefix}.${key}`)) found.set(path, text);
  return found;
}

function pairs(source: 'labels' | 'menu' | 'questionnaire', english: unknown, translated: unknown): TranslatedText[] {
  const target = leaves(translated, source);
  return [...leaves(english, source)].flatMap(([key, en]) => {
    const translation = target.get(key);
    return translation === undefined || key.endsWith('.proofingLanguage') ? [] : [{ key, en, translation }];
  });
}

function labelTexts(language: TranslatedLanguage): TranslatedText[] {
  return pairs('labels', reportLabels('en'), reportLabels(language));
}

/** A department questionnaire's words (a Word file too); its templated lines are read filled in. */
function questionnaireTexts(language: TranslatedLanguage): TranslatedText[] {
  const filled = (labels: QuestionnaireLabels) => ({
    ...labels,
    title: labels.title('{{department}}'),
    forReport: labels.forReport('{{report}}', '{{county}}'),
    replyBy: labels.replyBy('{{date}}'),
    sentBy: labels.sentBy('{{name}}', '{{contact}}'),
    wordLimit: labels.wordLimit(500),
  });
  return pairs('questionnaire', filled(questionnaireLabels('en')), filled(questionnaireLabels(language)));
}

function menuTexts(language: TranslatedLanguage): TranslatedText[] {
  return pairs('menu', menuLabels('en'), menuLabels(language));
}

function frameworkTexts(language: TranslatedLanguage, framework: Framework): TranslatedText[] {
  const texts: [string, LocalizedText | undefined][] = [
    ['title', framework.title],
    ['publisher', framework.publisher.name],
    ...framework.profile.flatMap((field): [string, LocalizedText | undefined][] => [
      [`profile.${field.id}.label`, field.label],
      [`profile.${field.id}.hint`, field.hint],
    ]),
  ];
  for (const tier of framework.tiers) {
    texts.push([`tier ${tier.id}`, tier.title]);
    for (const area of tier.areas) {
      texts.push([`area ${area.id}`, area.title]);
      for (const feature of area.features) {
        texts.push([`feature ${feature.id}`, feature.title], [`feature ${feature.id} guidance`, feature.guidance]);
        feature.suggestedMeasures.forEach((measure, index) =>
          texts.push([`feature ${feature.id} measure ${index + 1}`, measure]),
        );
      }
    }
  }
  return texts.flatMap(([key, text]) => {
    const translation = text?.[language];
    return text && translation !== undefined ? [{ key: `framework:${key}`, en: text.en, translation }] : [];
  });
}
