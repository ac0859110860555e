/**
 * `npm run i18n:report` — what a native speaker still has to do: every interface key, framework
 * title, guidance, profile question, suggested measure and export label set that is missing in Kiswahili or French,
 * or still a machine draft.
 * Prints a plain list; `--json` prints the same as JSON; `--strict` exits 1 when anything is
 * MISSING (machine drafts are listed but allowed: they are better than English for the reader).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { reportLabels } from '../../electron/main/services/export/labels/report-labels';
import { bundledFramework } from '../../shared/framework/load';
import {
  TRANSLATED_LANGUAGES,
  translationStatus,
  type LocalizedText,
  type TranslatedLanguage,
} from '../../shared/language';
import { flattenLocale, localeGaps, reviewStatusSchema, type LocaleTree } from '../../renderer/src/i18n/locale-keys';
import { exportLabelReview, questionnaireLabelReview } from './export-label-review';
import { menuLabels, menuLabelsReview } from '../../electron/main/window/menu-labels';

interface Entry {
  readonly source: 'interface' | 'framework' | 'export-labels' | 'menu-labels';
  readonly language: TranslatedLanguage;
  readonly key: string;
  readonly problem: string;
  readonly english: string;
}

const localesDir = path.resolve(import.meta.dirname, '../../renderer/src/i18n/locales');
const readJson = (name: string): unknown => JSON.parse(readFileSync(path.join(localesDir, name), 'utf8'));

function interfaceEntries(): Entry[] {
  const english = readJson('en.json') as LocaleTree;
  const translations = { sw: readJson('sw.json') as LocaleTree, fr: readJson('fr.json') as LocaleTree };
  const review = reviewStatusSchema.parse(readJson('review-status.json'));
  const flatEnglish = flattenLocale(english);
  return localeGaps(english, translations, review).map((gap) => ({
    source: 'interface',
    ...gap,
    english: flatEnglish.get(gap.key) ?? '',
  }));
}

function frameworkEntries(): Entry[] {
  const framework = bundledFramework();
  const titles: [string, LocalizedText][] = [
    ['title', framework.title],
    ['publisher', framework.publisher.name],
  ];
  for (const field of framework.profile) {
    titles.push([`profile ${field.id}`, field.label]);
    if (field.hint) titles.push([`profile ${field.id} hint`, field.hint]);
  }
  for (const tier of framework.tiers) {
    titles.push([`tier ${tier.id}`, tier.title]);
    for (const area of tier.areas) {
      titles.push([`area ${area.id}`, area.title]);
      for (const feature of area.features) {
        titles.push([`feature ${feature.id}`, feature.title]);
        if (feature.guidance) titles.push([`feature ${feature.id} guidance`, feature.guidance]);
        feature.suggestedMeasures.forEach((measure, index) =>
          titles.push([`feature ${feature.id} suggested measure ${index + 1}`, measure]),
        );
      }
    }
  }
  return titles
    .flatMap(([key, text]) =>
      TRANSLATED_LANGUAGES.map((language) => ({
        source: 'framework' as const,
        language,
        key,
        problem: translationStatus(text, language),
        english: text.en,
      })),
    )
    .filter((entry) => entry.problem !== 'reviewed');
}

function exportLabelEntries(): Entry[] {
  const english = reportLabels('en');
  return TRANSLATED_LANGUAGES.flatMap((language): Entry[] => {
    if (reportLabels(language) === english)
      return [
        { source: 'export-labels', language, key: 'all labels', problem: 'missing', english: english.coverSubtitle },
      ];
    const review = exportLabelReview[language];
    const questionnaire = questionnaireLabelReview[language];
    return [
      ...(review
        ? [
            {
              source: 'export-labels' as const,
              language,
              key: 'all labels',
              problem: review,
              english: english.coverSubtitle,
            },
          ]
        : []),
      // The department questionnaire's words (electron/main/services/questionnaires/document/questionnaire-labels.ts).
      ...(questionnaire
        ? [
            {
              source: 'export-labels' as const,
              language,
              key: 'questionnaire labels',
              problem: questionnaire,
              english: 'How to answer',
            },
          ]
        : []),
    ];
  });
}

/** The words of main's menu bar and right-click menu (electron/main/window/menu-labels.ts). */
function menuLabelEntries(): Entry[] {
  return TRANSLATED_LANGUAGES.flatMap((language): Entry[] => {
    const review = menuLabelsReview[language];
    return review
      ? [{ source: 'menu-labels', language, key: 'all labels', problem: review, english: menuLabels('en').edit }]
      : [];
  });
}

const entries = [...interfaceEntries(), ...frameworkEntries(), ...exportLabelEntries(), ...menuLabelEntries()];
const args = new Set(process.argv.slice(2));
if (args.has('--json')) {
  console.log(JSON.stringify(entries, null, 2));
} else {
  for (const source of ['interface', 'framework', 'export-labels', 'menu-labels'] as const) {
    for (const language of TRANSLATED_LANGUAGES) {
      const rows = entries.filter((entry) => entry.source === source && entry.language === language);
      console.log(`\n${source} · ${language}: ${rows.length} to do`);
      for (const row of rows) console.log(`  ${row.problem.padEnd(20)} ${row.key}  (en: ${row.english})`);
    }
  }
  const missing = entries.filter((entry) => entry.problem !== 'machine-draft').length;
  console.log(
    `\n${entries.length} entries: ${missing} missing or broken, ${entries.length - missing} machine drafts awaiting a native speaker`,
  );
}
if (args.has('--strict') && entries.some((entry) => entry.problem !== 'machine-draft')) process.exitCode = 1;
