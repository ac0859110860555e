import type { ReviewState } from '../../../../../shared/language';
import type { ReportLabels } from './report-labels';

/** Machine-drafted (issue #7): listed by `npm run i18n:report` until a Kiswahili speaker has checked it. */
export const kiswahiliLabelsReview: ReviewState | undefined = 'machine-draft';

export const kiswahiliLabels: ReportLabels = {
  proofingLanguage: 'sw-KE',
  coverSubtitle: 'Ripoti ya maendeleo kwa Mtandao wa Kimataifa wa UNESCO wa Miji ya Kujifunza',
  reportingPeriod: 'Kipindi cha kuripoti',
  dueDate: 'Tarehe ya mwisho',
  preparedBy: 'Imeandaliwa na',
  exportedOn: 'Imetolewa tarehe',
  draftMark: 'RASIMU — si ya kuwasilishwa',
  contents: 'Yaliyomo',
  profileHeading: 'Wasifu wa mji wa kujifunza',
  profileFields: {
    city: 'Mji',
    county: 'Kaunti',
    country: 'Nchi',
    population: 'Idadi ya watu',
    areaKm2: 'Eneo (km²)',
    website: 'Tovuti',
    leaderName: 'Kiongozi',
    leaderTitle: 'Cheo cha kiongozi',
    focalPointName: 'Mratibu',
    focalPointEmail: 'Barua pepe ya mratibu',
    focalPointPhone: 'Simu ya mratibu',
    membershipDate: 'Mwanachama wa mtandao tangu',
  },
  overviewHeading: 'Ukamilifu kwa kila eneo',
  overviewColumns: { area: 'Eneo', done: 'Sifa Kuu zilizojibiwa', status: 'Hali' },
  overviewComplete: 'Imekamilika',
  overviewIncomplete: 'Haijakamilika',
  fields: {
    narrative: 'Maelezo',
    actions: 'Hatua zilizochukuliwa',
    measures: 'Vipimo',
    goodPractice: 'Mfano bora',
    challenges: 'Changamoto',
    nextSteps: 'Hatua zinazofuata',
    sdgTargets: 'Malengo ya SDG',
    evidence: 'Ushahidi',
  },
  measureColumns: { indicator: 'Kiashiria', unit: 'Kipimo', baseline: 'Msingi', current: 'Sasa', target: 'Lengo', source: 'Chanzo' },
  notApplicable: 'Haihusiki',
  notApplicableNoReason: 'Hakuna sababu iliyotolewa.',
  emptyFeature: 'Bado haijajibiwa.',
  figure: 'Picha',
  page: 'Ukurasa',
  of: 'kati ya',
  archivedHeading: 'Sifa Kuu kutoka toleo la awali la mfumo',
  months: ['Januari', 'Februari', 'Machi', 'Aprili', 'Mei', 'Juni', 'Julai', 'Agosti', 'Septemba', 'Oktoba', 'Novemba', 'Desemba'],
};
