import type { Language, ReviewState } from '@/shared/language';

/** Every fixed word of a department questionnaire, in the report's language. */
export interface QuestionnaireLabels {
  readonly title: (department: string) => string;
  readonly forReport: (report: string, county: string) => string;
  readonly replyBy: (date: string) => string;
  readonly sentBy: (name: string, contact: string) => string;
  readonly howToAnswer: string;
  readonly instructions: readonly string[];
  readonly usefulFigures: string;
  readonly wordLimit: (words: number) => string;
  readonly currentTextNote: string;
  readonly emptyNote: string;
  readonly measuresNote: string;
  readonly fields: Readonly<
    Record<
      'narrative' | 'actions' | 'goodPractice' | 'challenges' | 'nextSteps' | 'measures',
      { readonly question: string; readonly hint: string }
    >
  >;
}

const english: QuestionnaireLabels = {
  title: (department) => `Questions for ${department}`,
  forReport: (report, county) => `For the learning-city progress report “${report}”${county ? `, ${county}` : ''}`,
  replyBy: (date) => `Please reply by ${date}.`,
  sentBy: (name, contact) => `Sent by ${name}${contact ? ` (${contact})` : ''}.`,
  howToAnswer: 'How to answer',
  instructions: [
    'Write your answers in the boxes under each question. A box may already hold the text the report has now: change it, add to it, or leave it as it is if nothing changed.',
    'You may add paragraphs, bullet points, tables and photos inside a box. Write a photo’s caption on the line under it.',
    'Keep each grey line that starts “Ripoti ref.”: it puts your answer in the right place in the report. You may change fonts, layout and headings.',
    'Save the file as a Word document (.docx) and send it back.',
  ],
  usefulFigures: 'Useful figures:',
  wordLimit: (words) => `At most ${words} words.`,
  currentTextNote: 'The box holds the report’s current text.',
  emptyNote: 'The report has no text here yet.',
  measuresNote:
    'Update the figures in the table; add a row for each new indicator. Keep the numbers in the first column.',
  fields: {
    narrative: {
      question: 'What did the city achieve?',
      hint: 'Concrete results in the reporting period, with figures where you have them.',
    },
    actions: { question: 'Actions and initiatives', hint: 'Programmes, projects and partners.' },
    goodPractice: { question: 'A good practice or case study', hint: 'One example other cities could learn from.' },
    challenges: { question: 'Challenges', hint: 'What held the work back.' },
    nextSteps: { question: 'Next steps', hint: 'What is planned for the next two years.' },
    measures: { question: 'Measures', hint: 'Statistics that show progress.' },
  },
};

/** Machine-drafted (issue 17): listed by `npm run i18n:report` until a Kiswahili speaker has checked it. */
export const kiswahiliQuestionnaireReview: ReviewState | undefined = 'machine-draft';

const kiswahili: QuestionnaireLabels = {
  title: (department) => `Maswali kwa ${department}`,
  forReport: (report, county) =>
    `Kwa ajili ya ripoti ya utekelezaji ya mji wa kujifunza “${report}”${county ? `, ${county}` : ''}`,
  replyBy: (date) => `Tafadhali jibu kabla ya ${date}.`,
  sentBy: (name, contact) => `Imetumwa na ${name}${contact ? ` (${contact})` : ''}.`,
  howToAnswer: 'Jinsi ya kujibu',
  instructions: [
    'Andika majibu yako ndani ya visanduku chini ya kila swali. Kisanduku kinaweza kuwa tayari na maandishi yaliyo kwenye ripoti sasa: yabadilishe, ongeza, au yaache kama yalivyo ikiwa hakuna kilichobadilika.',
    'Unaweza kuongeza aya, vitone, majedwali na picha ndani ya kisanduku. Andika maelezo ya picha kwenye mstari ulio chini yake.',
    'Acha kila mstari wa kijivu unaoanza “Ripoti ref.”: unaweka jibu lako mahali pake katika ripoti. Unaweza kubadilisha fonti, mpangilio na vichwa.',
    'Hifadhi faili kama hati ya Word (.docx) na uirudishe.',
  ],
  usefulFigures: 'Takwimu muhimu:',
  wordLimit: (words) => `Maneno ${words} kwa zaidi.`,
  currentTextNote: 'Kisanduku kina maandishi ya sasa ya ripoti.',
  emptyNote: 'Ripoti bado haina maandishi hapa.',
  measuresNote:
    'Sasisha takwimu kwenye jedwali; ongeza safu kwa kila kiashiria kipya. Acha namba kwenye safu ya kwanza.',
  fields: {
    narrative: {
      question: 'Mji ulifanikisha nini?',
      hint: 'Matokeo halisi katika kipindi cha kuripoti, pamoja na takwimu ulizonazo.',
    },
    actions: { question: 'Shughuli na mipango', hint: 'Programu, miradi na washirika.' },
    goodPractice: {
      question: 'Mfano bora au kisa halisi',
      hint: 'Mfano mmoja ambao miji mingine inaweza kujifunza kutoka kwake.',
    },
    challenges: { question: 'Changamoto', hint: 'Kilichozuia kazi.' },
    nextSteps: { question: 'Hatua zinazofuata', hint: 'Kinachopangwa kwa miaka miwili ijayo.' },
    measures: { question: 'Viashiria', hint: 'Takwimu zinazoonyesha hatua iliyopigwa.' },
  },
};

/** Machine-drafted (issue 17): listed by `npm run i18n:report` until a French speaker has checked it. */
export const frenchQuestionnaireReview: ReviewState | undefined = 'machine-draft';

const french: QuestionnaireLabels = {
  title: (department) => `Questions pour ${department}`,
  forReport: (report, county) =>
    `Pour le rapport d’avancement de la ville apprenante «\u00a0${report}\u00a0»${county ? `, ${county}` : ''}`,
  replyBy: (date) => `Merci de répondre avant le ${date}.`,
  sentBy: (name, contact) => `Envoyé par ${name}${contact ? ` (${contact})` : ''}.`,
  howToAnswer: 'Comment répondre',
  instructions: [
    'Écrivez vos réponses dans les cadres sous chaque question. Un cadre peut déjà contenir le texte actuel du rapport\u00a0: modifiez-le, complétez-le, ou laissez-le tel quel si rien n’a changé.',
    'Vous pouvez ajouter des paragraphes, des puces, des tableaux et des photos dans un cadre. Écrivez la légende d’une photo sur la ligne en dessous.',
    'Gardez chaque ligne grise qui commence par «\u00a0Ripoti ref.\u00a0»\u00a0: elle place votre réponse au bon endroit du rapport. Vous pouvez changer les polices, la mise en page et les titres.',
    'Enregistrez le fichier en document Word (.docx) et renvoyez-le.',
  ],
  usefulFigures: 'Chiffres utiles\u00a0:',
  wordLimit: (words) => `${words} mots au plus.`,
  currentTextNote: 'Le cadre contient le texte actuel du rapport.',
  emptyNote: 'Le rapport n’a pas encore de texte ici.',
  measuresNote:
    'Mettez à jour les chiffres du tableau\u00a0; ajoutez une ligne par nouvel indicateur. Gardez les numéros de la première colonne.',
  fields: {
    narrative: {
      question: 'Qu’a accompli la ville\u00a0?',
      hint: 'Des résultats concrets sur la période, avec des chiffres si vous en avez.',
    },
    actions: { question: 'Actions et initiatives', hint: 'Programmes, projets et partenaires.' },
    goodPractice: {
      question: 'Une bonne pratique ou une étude de cas',
      hint: 'Un exemple dont d’autres villes peuvent s’inspirer.',
    },
    challenges: { question: 'Difficultés', hint: 'Ce qui a freiné le travail.' },
    nextSteps: { question: 'Prochaines étapes', hint: 'Ce qui est prévu pour les deux prochaines années.' },
    measures: { question: 'Indicateurs', hint: 'Des statistiques qui montrent les progrès.' },
  },
};

const byLanguage: Record<Language, QuestionnaireLabels> = { en: english, sw: kiswahili, fr: french };

export function questionnaireLabels(language: Language): QuestionnaireLabels {
  return byLanguage[language];
}
