import type { MeasuresChartLabels } from '@/shared/charts/measures-chart';
import type { Language } from '@/shared/language';
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
  readonly overviewHeading: string;
  readonly overviewColumns: { readonly area: string; readonly done: string; readonly status: string };
  readonly overviewComplete: string;
  readonly overviewIncomplete: string;
  readonly fields: {
    readonly narrative: string;
    readonly actions: string;
    readonly measures: string;
    readonly goodPractice: string;
    readonly challenges: string;
    readonly nextSteps: string;
    readonly sdgTargets: string;
    readonly evidence: string;
  };
  readonly measureColumns: {
    readonly indicator: string;
    readonly unit: string;
    readonly baseline: string;
    readonly current: string;
    readonly target: string;
    readonly source: string;
  };
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
  /** How the day 1 is written in a date ("1er mars" in French). */
  readonly firstDayOfMonth: string;
  /** Between a label and its value: French sets a no-break space before the colon. */
  readonly colon: string;
}

const labelsByLanguage: Partial<Record<Language, ReportLabels>> = {
  en: englishLabels,
  sw: kiswahiliLabels,
  fr: frenchLabels,
};

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

/**
 * A calendar date as people write it in the report language: "12 March 2025", "12 Machi 2025",
 * "12 mars 2025" ("1er mars" in French). Anything that is not a date is printed as it is.
 */
export function formatDate(labels: ReportLabels, isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate.trim());
  const name = match ? labels.months[Number(match[2]) - 1] : undefined;
  if (!match || !name) return isoDate;
  const day = Number(match[3]);
  return `${day === 1 ? labels.firstDayOfMonth : String(day)} ${name} ${match[1]}`;
}

/** A date known to the year, the month or the day ("2020", "2020-09", "2020-09-15"), in words. */
export function formatPartialDate(labels: ReportLabels, value: string): string {
  const trimmed = value.trim();
  if (/^\d{4}-\d{2}$/.test(trimmed)) return formatMonth(labels, trimmed);
  return formatDate(labels, trimmed);
}

/** The calendar day of a moment on this computer's clock (an export at 01:00 in Nairobi is that day, not the day before in UTC). */
export function localIsoDate(moment: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** "Label: value" with the report language's colon. */
export function labelled(labels: ReportLabels, label: string, value: string): string {
  return `${label}${labels.colon}${value}`;
}
