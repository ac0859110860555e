import { contextBridge, ipcRenderer, webFrame } from 'electron';
import { buildApi } from '../../shared/ipc/api';
import { createSpellCheckProvider, languageOfField, type FieldDocument } from './spell-check-provider';

// The renderer's whole view of the machine: one frozen object of named async functions,
// derived from the typed contract. No ipcRenderer, no Node, nothing else crosses.
const api = buildApi((channel, args) => ipcRenderer.invoke(channel, args));
contextBridge.exposeInMainWorld('ripoti', api);

// Spelling from main's bundled dictionaries, in the language of the field (Chromium's own checker
// is off: on Linux it would download dictionaries, and it has none for Kiswahili). The language
// given here only guides Chromium's word breaking, the same for the three Latin-script languages.
webFrame.setSpellCheckProvider('en-US', createSpellCheckProvider(api.spellCheck, () => languageOfField((globalThis as unknown as { document: FieldDocument }).document)));
