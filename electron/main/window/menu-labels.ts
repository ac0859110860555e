import type { Language, ReviewState, TranslatedLanguage } from '@/shared/language';

/** Every word main shows in its own menus (the window's menu bar and the right-click menu). */
export interface MenuLabels {
  readonly file: string;
  readonly edit: string;
  readonly view: string;
  readonly window: string;
  readonly help: string;
  readonly about: string;
  /** File menu: take new questions from a file the national office sent. */
  readonly updateQuestions: string;
  readonly hide: string;
  readonly hideOthers: string;
  readonly showAll: string;
  readonly quit: string;
  readonly undo: string;
  readonly redo: string;
  readonly cut: string;
  readonly copy: string;
  readonly paste: string;
  readonly selectAll: string;
  readonly zoomIn: string;
  readonly zoomOut: string;
  readonly resetZoom: string;
  readonly fullScreen: string;
  readonly minimize: string;
  readonly close: string;
  /** Development runs only. */
  readonly reload: string;
  readonly devTools: string;
  readonly noSuggestions: string;
}

const english: MenuLabels = {
  file: 'File',
  edit: 'Edit',
  view: 'View',
  window: 'Window',
  help: 'Help',
  about: 'About Ripoti',
  updateQuestions: 'Update the questions…',
  hide: 'Hide Ripoti',
  hideOthers: 'Hide Others',
  showAll: 'Show All',
  quit: 'Quit Ripoti',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select All',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  resetZoom: 'Actual Size',
  fullScreen: 'Full Screen',
  minimize: 'Minimise',
  close: 'Close Window',
  reload: 'Reload',
  devTools: 'Developer Tools',
  noSuggestions: 'No spelling suggestions',
};

const kiswahili: MenuLabels = {
  file: 'Faili',
  edit: 'Hariri',
  view: 'Mwonekano',
  window: 'Dirisha',
  help: 'Msaada',
  about: 'Kuhusu Ripoti',
  updateQuestions: 'Sasisha maswali ya ripoti…',
  hide: 'Ficha Ripoti',
  hideOthers: 'Ficha Zingine',
  showAll: 'Onyesha Zote',
  quit: 'Funga Ripoti',
  undo: 'Tendua',
  redo: 'Rudia',
  cut: 'Kata',
  copy: 'Nakili',
  paste: 'Bandika',
  selectAll: 'Chagua Zote',
  zoomIn: 'Kuza',
  zoomOut: 'Punguza',
  resetZoom: 'Ukubwa Halisi',
  fullScreen: 'Skrini Nzima',
  minimize: 'Punguza Dirisha',
  close: 'Funga Dirisha',
  reload: 'Pakia Upya',
  devTools: 'Zana za Msanidi',
  noSuggestions: 'Hakuna mapendekezo ya tahajia',
};

const french: MenuLabels = {
  file: 'Fichier',
  edit: 'Édition',
  view: 'Affichage',
  window: 'Fenêtre',
  help: 'Aide',
  about: 'À propos de Ripoti',
  updateQuestions: 'Mettre à jour les questions…',
  hide: 'Masquer Ripoti',
  hideOthers: 'Masquer les autres',
  showAll: 'Tout afficher',
  quit: 'Quitter Ripoti',
  undo: 'Annuler',
  redo: 'Rétablir',
  cut: 'Couper',
  copy: 'Copier',
  paste: 'Coller',
  selectAll: 'Tout sélectionner',
  zoomIn: 'Zoom avant',
  zoomOut: 'Zoom arrière',
  resetZoom: 'Taille réelle',
  fullScreen: 'Plein écran',
  minimize: 'Réduire',
  close: 'Fermer la fenêtre',
  reload: 'Recharger',
  devTools: 'Outils de développement',
  noSuggestions: 'Aucune suggestion d’orthographe',
};

/** Machine drafts (issue #15/#16): listed by `npm run i18n:report` until a native speaker has checked them. */
export const menuLabelsReview: Readonly<Record<TranslatedLanguage, ReviewState | undefined>> = {
  sw: 'machine-draft',
  fr: 'machine-draft',
};

export function menuLabels(language: Language): MenuLabels {
  return { en: english, sw: kiswahili, fr: french }[language];
}
