import type { ReviewState } from '@/shared/language';
import type { ReportLabels } from './report-labels';

/** Machine-drafted (issue #7): listed by `npm run i18n:report` until a Kiswahili speaker has checked it. */
export const kiswahiliLabelsReview: ReviewState | undefined = 'machine-draft';

export const kiswahiliLabels: ReportLabels = {
  proofingLanguage: 'sw-KE',
  coverSubtitle: 'Ripoti ya utekelezaji kwa Mtandao wa Kimataifa wa UNESCO wa Miji ya Kujifunza',
  reportingPeriod: 'Kipindi cha kuripoti',
  dueDate: 'Tarehe ya mwisho',
  preparedBy: 'Imeandaliwa na',
  exportedOn: 'Imetolewa tarehe',
  draftMark: 'RASIMU — si ya kuwasilishwa',
  contents: 'Yaliyomo',
  profileHeading: 'Wasifu wa mji wa kujifunza',
  overviewHeading: 'Ukamilifu kwa kila nyanja',
  overviewColumns: { area: 'Nyanja', done: 'Sifa Kuu zilizojibiwa', status: 'Hali' },
  overviewComplete: 'Imekamilika',
  overviewIncomplete: 'Haijakamilika',
  fields: {
    narrative: 'Mafanikio',
    actions: 'Shughuli zilizofanyika',
    measures: 'Viashiria',
    goodPractice: 'Mfano bora',
    challenges: 'Changamoto',
    nextSteps: 'Hatua zinazofuata',
    sdgTargets: 'Shabaha za SDG',
    evidence: 'Ushahidi',
  },
  measureColumns: { indicator: 'Kiashiria', unit: 'Kizio', baseline: 'Thamani ya msingi', current: 'Thamani ya sasa', target: 'Shabaha', source: 'Chanzo' },
  notApplicable: 'Haihusiki',
  notApplicableNoReason: 'Hakuna sababu iliyotolewa.',
  emptyFeature: 'Bado haijajibiwa.',
  figure: 'Picha',
  chart: { baseline: 'Msingi', current: 'Sasa', target: 'Lengo', unit: 'Kipimo', notDrawn: 'Haijachorwa (si namba)', unnamed: 'Kiashiria bila jina', caption: 'Vipimo vya {id}: msingi, sasa na lengo' },
  page: 'Ukurasa',
  of: 'kati ya',
  archivedHeading: 'Sifa Kuu kutoka toleo la awali la maswali ya ripoti',
  annexHeading: 'Kiambatisho: maandishi kutoka faili za Word zilizoletwa',
  firstDayOfMonth: '1',
  colon: ': ',
  months: ['Januari', 'Februari', 'Machi', 'Aprili', 'Mei', 'Juni', 'Julai', 'Agosti', 'Septemba', 'Oktoba', 'Novemba', 'Desemba'],
};
