import type { ReviewState } from '@/shared/language';
import type { ReportLabels } from './report-labels';

/** Machine-drafted (issue #7): listed by `npm run i18n:report` until a French speaker has checked it. */
export const frenchLabelsReview: ReviewState | undefined = 'machine-draft';

export const frenchLabels: ReportLabels = {
  proofingLanguage: 'fr-FR',
  coverSubtitle: 'Rapport d’avancement présenté au Réseau mondial des villes apprenantes de l’UNESCO',
  reportingPeriod: 'Période couverte',
  dueDate: 'Date limite de remise',
  preparedBy: 'Établi par',
  exportedOn: 'Exporté le',
  draftMark: 'BROUILLON — ne pas soumettre',
  contents: 'Table des matières',
  profileHeading: 'Profil de la ville apprenante',
  overviewHeading: 'État d’avancement par domaine',
  overviewColumns: { area: 'Domaine', done: 'Caractéristiques clés renseignées', status: 'État' },
  overviewComplete: 'Terminé',
  overviewIncomplete: 'Incomplet',
  fields: {
    narrative: 'Réalisations',
    actions: 'Actions menées',
    measures: 'Indicateurs',
    goodPractice: 'Bonne pratique',
    challenges: 'Difficultés',
    nextSteps: 'Prochaines étapes',
    sdgTargets: 'Cibles des ODD',
    evidence: 'Pièces justificatives',
  },
  measureColumns: { indicator: 'Indicateur', unit: 'Unité', baseline: 'Valeur de référence', current: 'Valeur actuelle', target: 'Cible', source: 'Source' },
  notApplicable: 'Sans objet',
  notApplicableNoReason: 'Aucune raison indiquée.',
  emptyFeature: 'Pas encore renseignée.',
  figure: 'Figure',
  chart: { baseline: 'Référence', current: 'Actuelle', target: 'Cible', unit: 'Unité', notDrawn: 'Non représenté (pas un nombre)', unnamed: 'Indicateur sans nom', caption: 'Mesures de {id} : référence, valeur actuelle et cible' },
  page: 'Page',
  of: 'sur',
  archivedHeading: 'Caractéristiques clés d’une version antérieure du référentiel',
  annexHeading: 'Annexe\u00a0: texte de fichiers Word importés',
  firstDayOfMonth: '1er',
  colon: '\u00a0: ',
  months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
};
