import type { MeasuresChartLabels } from '../../../../../shared/charts/measures-chart';
import type { Language } from '../../../../../shared/language';
import { englishLabels } from './en';
import { frenchLabels } from './fr';
import { kiswahiliLabels } from './sw';

/**
 * Every fixed word the exported report prints, for one language. Adding French or Kiswahili
 * is a data change: write fr.ts / sw.ts with this shape and list it in `labelsByLanguage`.
 */
export interface ReportLabels {
  /** BCP 47 tag written as the document's proofing language, so Word checks spelling in it. */
  readonly proofingLanguage: string;
  readonly coverSubtitle: string;
  readonly reportingPeriod: string;
  readonly dueDate: string;
  readonly preparedBy: string;
  readonly exportedOn: string;
  readonly draftMark: string;
  readonly contents: string;
  readonly profileHeading: string;
  readonly profileFields: Readonly<Record<ProfileLabelKey, string>>;
  readonly overviewHeading: string;
  readonly overviewColumns: { readonly area: string; readonly done: string; readonly status: string };
  readonly overviewComplete: string;
  readonly overviewIncomplete: string;
  readonly fields: { readonly narrative: string; readonly actions: string; readonly measures: string; readonly goodPractice: string; readonly challenges: string; readonly nextSteps: string; readonly sdgTargets: string; readonly evidence: string };
  readonly measureColumns: { readonly indicator: string; readonly unit: string; readonly baseline: string; readonly current: string; readonly target: string; readonly source: string };
  readonly notApplicable: string;
  readonly notApplicableNoReason: string;
  readonly emptyFeature: string;
  readonly figure: string;
  /** The chart of a measures table: its words, and its caption with the Key Feature's number for {id}. */
  readonly chart: MeasuresChartLabels & { readonly caption: string };
  readonly page: string;
  readonly of: string;
  readonly archivedHeading: string;
  /** Parts of imported Word files not mapped to a Key Feature ("Other / not mapped"). */
  readonly annexHeading: string;
  readonly months: readonly string[];
}

export type ProfileLabelKey =
  | 'city' | 'county' | 'country' | 'population' | 'areaKm2' | 'website' | 'leaderName' | 'leaderTitle'
  | 'focalPointName' | 'focalPointEmail' | 'focalPointPhone' | 'membershipDate';

const labelsByLanguage: Partial<Record<Language, ReportLabels>> = { en: englishLabels, sw: kiswahiliLabels, fr: frenchLabels };

/** Labels for the report language; a language not translated yet falls back to English. */
export function reportLabels(language: Language): ReportLabels {
  return labelsByLanguage[language] ?? englishLabels;
}

/** "2024-04" → "April 2024" in the report language. */
export function formatMonth(labels: ReportLabels, month: string): string {
  const [year, monthNumber] = month.split('-');
  const name = labels.months[Number(monthNumber) - 1];
  return name && year ? `${name} ${year}` : month;
}
