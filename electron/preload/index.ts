import { contextBridge, ipcRenderer, webFrame, type IpcRendererEvent } from 'electron';
import { buildApi } from '../../shared/ipc/api';
import { createSpellCheckProvider, languageOfField, type FieldDocument } from './spell-check-provider';

// The renderer's whole view of the machine: one frozen object of named async functions and event
// subscribers, derived from the typed contract. No ipcRenderer, no IPC event object, no Node crosses.
const api = buildApi({
  invoke: (channel, args) => ipcRenderer.invoke(channel, args),
  listen: (channel, deliver) => {
    const listener = (_event: IpcRendererEvent, payload: unknown) => deliver(payload);
    ipcRenderer.on(channel, listener);
    return () => void ipcRenderer.removeListener(channel, listener);
  },
  reject: (channel, problem) => console.error(`Ripoti dropped a ${channel} event that failed the contract: ${problem}`),
});
contextBridge.exposeInMainWorld('ripoti', api);

// Spelling from main's bundled dictionaries, in the language of the field (Chromium's own checker
// is off: on Linux it would download dictionaries, and it has none for Kiswahili). The language
// given here only guides Chromium's word breaking, the same for the three Latin-script languages.
webFrame.setSpellCheckProvider(
  'en-US',
  createSpellCheckProvider(api.spellCheck, () =>
    languageOfField((globalThis as unknown as { document: FieldDocument }).document),
  ),
);
