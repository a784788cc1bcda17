import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { channelNames, preloadChannelNames } from '../../shared/ipc/contract';
import type { Dispatch } from './handle';

/** Only the top frame of the app's own window may call; anything else is refused by the dispatch. */
function senderUrl(event: IpcMainInvokeEvent): string | null {
  const frame = event.senderFrame;
  if (!frame || frame !== event.sender.mainFrame) return null;
  return frame.url;
}

export function registerIpc(dispatch: Dispatch): void {
  for (const channel of [...channelNames, ...preloadChannelNames]) {
    ipcMain.handle(channel, (event, input: unknown) => dispatch(channel, input, { url: senderUrl(event) }));
  }
}
