import { BrowserWindow, ipcMain } from 'electron';
import { apiMethods, channelOf } from '@/shared/ipc/contract';
import type { Dispatch } from '../ipc/dispatcher';
import type { MainEvents } from '../services/main-events';

/** The only place that calls ipcMain.handle: one registration per contract channel. */
export function setupIpc(dispatch: Dispatch): void {
  for (const method of apiMethods) {
    const channel = channelOf(method).name;
    ipcMain.handle(channel, (event, args: unknown) => dispatch(channel, args, event.senderFrame?.url));
  }
}

/** The only place that sends events to the renderer: to each of Ripoti's own windows, nowhere else. */
export function setupIpcEvents(events: MainEvents, isTrustedSender: (url: string) => boolean): void {
  events.connect((channel, payload) => {
    for (const window of BrowserWindow.getAllWindows()) {
      if (!window.isDestroyed() && isTrustedSender(window.webContents.getURL()))
        window.webContents.send(channel, payload);
    }
  });
}
