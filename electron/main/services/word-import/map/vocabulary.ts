import { bundledFramework } from '@/shared/framework/load';
import { TRANSLATED_LANGUAGES } from '@/shared/language';
import { englishLabels } from '../../export/labels/en';
import { frenchLabels } from '../../export/labels/fr';
import type { ReportLabels } from '../../export/labels/report-labels';
import { kiswahiliLabels } from '../../export/labels/sw';
import { normalizeForMatch } from './normalize';

/** The fields of a section a part of a document can fill. */
export const IMPORT_TEXT_FIELDS = ['narrative', 'actions', 'goodPractice', 'challenges', 'nextSteps'] as const;
export type ImportTextField = (typeof IMPORT_TEXT_FIELDS)[number];
export type LabelledField = ImportTextField | 'measures' | 'sdgTargets' | 'evidence';
export type MeasureColumn = 'indicator' | 'unit' | 'baseline' | 'current' | 'target' | 'source';

const LABEL_SETS: readonly ReportLabels[] = [englishLabels, kiswahiliLabels, frenchLabels];

/**
 * Other words reports use for the same fields, in the three languages: what last cycle's
 * report, typed by hand, is likely to have. The labels Ripoti's own export prints (in every
 * language) are added from the export's label sets.
 */
const FIELD_SYNONYMS: Record<LabelledField, readonly string[]> = {
  narrative: [
    'Narrative',
    'Description',
    'Summary',
    'Progress',
    'Achievements',
    'What did the city achieve',
    'Maelezo',
    'Muhtasari',
    'Mafanikio',
    'Récit',
    'Résumé',
    'Réalisations',
  ],
  actions: [
    'Actions',
    'Actions taken',
    'Actions and initiatives',
    'Initiatives',
    'Activities',
    'Hatua',
    'Hatua zilizochukuliwa',
    'Shughuli',
    'Actions menées',
    'Activités',
  ],
  goodPractice: [
    'Good practice',
    'Good practices',
    'Case study',
    'Good practice or case study',
    'Good practice / case study',
    'Mfano bora',
    'Mifano bora',
    'Bonne pratique',
    'Bonnes pratiques',
    'Étude de cas',
  ],
  challenges: ['Challenges', 'Difficulties', 'Constraints', 'Changamoto', 'Difficultés', 'Défis'],
  nextSteps: [
    'Next steps',
    'Way forward',
    'Plans',
    'Hatua zinazofuata',
    'Mipango',
    'Prochaines étapes',
    'Perspectives',
  ],
  measures: ['Measures', 'Indicators', 'Statistics', 'Vipimo', 'Viashiria', 'Indicateurs', 'Mesures'],
  sdgTargets: ['SDG targets', 'Linked SDG targets', 'Malengo ya SDG', 'Cibles des ODD'],
  evidence: ['Evidence', 'Photos', 'Pictures', 'Ushahidi', 'Picha', 'Pièces justificatives'],
};

const MEASURE_COLUMN_SYNONYMS: Record<MeasureColumn, readonly string[]> = {
  indicator: ['Indicator', 'Measure', 'Kiashiria', 'Kipimo cha maendeleo', 'Indicateur', 'Mesure'],
  unit: ['Unit', 'Units', 'Kipimo', 'Unité'],
  baseline: ['Baseline', 'Baseline value', 'Msingi', 'Valeur de référence', 'Référence'],
  current: ['Current', 'Current value', 'Achieved', 'Actual', 'Value', 'Sasa', 'Valeur actuelle', 'Valeur'],
  target: ['Target', 'Lengo', 'Cible'],
  source: ['Source', 'Sources', 'Means of verification', 'Chanzo', 'Source des données'],
};

/**
 * Profile rows by the question id they answer: other words reports use, and the labels Ripoti's
 * export printed before the profile questions became framework data (a report exported by an
 * older Ripoti says "Leader", "Kiongozi", "Dirigeant"…). The labels it prints now come from the
 * framework's questions, below.
 */
const PROFILE_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  city: ['City', 'Name of the city', 'Mji', 'Ville'],
  county: ['County', 'Kaunti', 'Comté'],
  country: ['Country', 'Nchi', 'Pays'],
  population: ['Population', 'Idadi ya watu'],
  areaKm2: ['Area', 'Area in square kilometres', 'Area (km²)', 'Eneo (km²)', 'Superficie (km²)'],
  website: ['Website', 'Tovuti', 'Site web'],
  leaderName: ['Governor', 'Mayor', 'Name of the governor or mayor', 'Leader', 'Kiongozi', 'Dirigeant'],
  leaderTitle: ['Leader’s title', 'Cheo cha kiongozi', 'Fonction du dirigeant'],
  focalPointName: ['Focal point name', 'Name of the focal point', 'Focal point', 'Mratibu', 'Point focal'],
  focalPointEmail: ['E-mail', 'Email', 'Focal point e-mail', 'Barua pepe ya mratibu', 'Courriel du point focal'],
  focalPointPhone: ['Focal point phone', 'Simu ya mratibu', 'Téléphone du point focal'],
  membershipDate: ['Member of the network since', 'Mwanachama wa mtandao tangu', 'Membre du réseau depuis'],
};

/** The profile questions' labels in every language, as the export prints them now. */
function profileLabels(): (readonly [string, readonly string[]])[] {
  const ids = new Set([...Object.keys(PROFILE_SYNONYMS), ...bundledFramework().profile.map((field) => field.id)]);
  return [...ids].map((id) => {
    const field = bundledFramework().profile.find((candidate) => candidate.id === id);
    const labels = field
      ? [field.label.en, ...TRANSLATED_LANGUAGES.flatMap((language) => field.label[language] ?? [])]
      : [];
    return [id, [...(PROFILE_SYNONYMS[id] ?? []), ...labels]] as const;
  });
}

function labelIndex<K extends string>(entries: Iterable<readonly [K, readonly string[]]>): Map<string, K> {
  const index = new Map<string, K>();
  for (const [key, words] of entries) for (const word of words) index.set(normalizeForMatch(word), key);
  return index;
}

const fieldIndex = labelIndex(
  (Object.keys(FIELD_SYNONYMS) as LabelledField[]).map(
    (field) => [field, [...FIELD_SYNONYMS[field], ...LABEL_SETS.map((labels) => labels.fields[field])]] as const,
  ),
);
const measureIndex = labelIndex(
  (Object.keys(MEASURE_COLUMN_SYNONYMS) as MeasureColumn[]).map(
    (column) =>
      [
        column,
        [...MEASURE_COLUMN_SYNONYMS[column], ...LABEL_SETS.map((labels) => labels.measureColumns[column])],
      ] as const,
  ),
);
const profileIndex = labelIndex(profileLabels());

/** "Challenges", "Changamoto:", "Défis" → 'challenges'. */
export function fieldOfLabel(text: string): LabelledField | null {
  return fieldIndex.get(normalizeForMatch(text)) ?? null;
}

export function measureColumnOf(text: string): MeasureColumn | null {
  return measureIndex.get(normalizeForMatch(text)) ?? null;
}

/** The id of the profile question a label names ("Kaunti", "Date the city joined the GNLC"…). */
export function profileFieldOf(text: string): string | null {
  return profileIndex.get(normalizeForMatch(text)) ?? null;
}

/** Headings that are not Key Features but parts Ripoti itself writes (or reports usually have). */
export type SpecialHeading = 'profile' | 'overview' | 'contents' | 'archived';

const specialIndex = labelIndex<SpecialHeading>([
  [
    'profile',
    [
      'City profile',
      'Profile',
      'Profile of the city',
      'Wasifu',
      'Wasifu wa mji',
      'Profil',
      'Profil de la ville',
      ...LABEL_SETS.map((labels) => labels.profileHeading),
    ],
  ],
  ['overview', LABEL_SETS.map((labels) => labels.overviewHeading)],
  ['contents', ['Contents', 'Table of contents', ...LABEL_SETS.map((labels) => labels.contents)]],
  ['archived', LABEL_SETS.map((labels) => labels.archivedHeading)],
]);

export function specialHeadingOf(text: string): SpecialHeading | null {
  return specialIndex.get(normalizeForMatch(text)) ?? null;
}

/** "Not applicable: …" in any language: the section does not apply, with the reason after the colon. */
export function notApplicableReasonOf(text: string): string | null {
  for (const labels of LABEL_SETS) {
    // The label, the colon with or without French's no-break space before it, then the reason.
    const prefix = new RegExp(`^${labels.notApplicable.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`, 'u').exec(text);
    if (prefix) {
      const reason = text.slice(prefix[0].length).trim();
      return LABEL_SETS.some((set) => set.notApplicableNoReason === reason) ? '' : reason;
    }
  }
  return null;
}

/** "Not yet answered." as Ripoti's export prints an empty Key Feature. */
export function isEmptyFeatureMark(text: string): boolean {
  return LABEL_SETS.some((labels) => labels.emptyFeature === text.trim());
}

/** Words that start a caption ("Figure 3:", "Picha 2 –", "Fig. 4."), removed from the caption kept. */
const CAPTION_PREFIX = new RegExp(
  `^(?:${[...new Set([...LABEL_SETS.map((labels) => labels.figure), 'Figure', 'Fig\\.', 'Photo', 'Picture', 'Image', 'Picha'])].join('|')})\\s*\\d*\\s*[:.–—-]?\\s*`,
  'iu',
);

export function captionText(text: string): string {
  return text.replace(CAPTION_PREFIX, '').trim();
}

export function looksLikeCaption(text: string): boolean {
  return CAPTION_PREFIX.test(text) && /^\S+\s*\d*\s*[:.–—-]/u.test(text.trim());
}

/** The captions Ripoti's export gives a measures chart ("Measures of 1.1.1: baseline, …"), in its three languages. */
const CHART_CAPTIONS = LABEL_SETS.map(
  (labels) =>
    new RegExp(
      `^${labels.chart.caption
        .split('{id}')
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('[\\d.]+')}$`,
      'u',
    ),
);

/**
 * Whether a picture's caption says it is the measures chart Ripoti drew under a table: the
 * chart is the table again, which is imported as rows, so it is not taken as a photo.
 */
export function isMeasuresChartCaption(caption: string): boolean {
  const text = caption.trim();
  return CHART_CAPTIONS.some((pattern) => pattern.test(text));
}
