import { contextBridge, ipcRenderer } from 'electron';
import { buildApi } from '../../shared/ipc/api';

// The renderer's whole view of the machine: one frozen object of named async functions,
// derived from the typed contract. No ipcRenderer, no Node, nothing else crosses.
contextBridge.exposeInMainWorld(
  'ripoti',
  buildApi((channel, args) => ipcRenderer.invoke(channel, args)),
);
