import { ipcMain } from 'electron';
import { apiMethods, channelOf } from '../../../shared/ipc/contract';
import type { Dispatch } from '../ipc/dispatcher';

/** The only place that calls ipcMain.handle: one registration per contract channel. */
export function setupIpc(dispatch: Dispatch): void {
  for (const method of apiMethods) {
    const channel = channelOf(method).name;
    ipcMain.handle(channel, (event, args: unknown) => dispatch(channel, args, event.senderFrame?.url));
  }
}
