import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { buildApi } from '../../shared/ipc/api';

// The renderer's whole view of the machine: one frozen object of named async functions and event
// subscribers, derived from the typed contract. No ipcRenderer, no IPC event object, no Node crosses.
contextBridge.exposeInMainWorld(
  'ripoti',
  buildApi({
    invoke: (channel, args) => ipcRenderer.invoke(channel, args),
    listen: (channel, deliver) => {
      const listener = (_event: IpcRendererEvent, payload: unknown) => deliver(payload);
      ipcRenderer.on(channel, listener);
      return () => void ipcRenderer.removeListener(channel, listener);
    },
    reject: (channel, problem) => console.error(`Ripoti dropped a ${channel} event that failed the contract: ${problem}`),
  }),
);
