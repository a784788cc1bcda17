import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { buildApi } from './build-api';
import type { Result } from '../shared/ipc/result';

const api = buildApi(
  (channel, input) => ipcRenderer.invoke(channel, input) as Promise<Result<unknown>>,
  (event, listener) => {
    // The Electron event object never reaches the page: it would expose `sender`.
    const wrapped = (_event: unknown, payload: unknown) => listener(payload);
    ipcRenderer.on(event, wrapped);
    return () => {
      ipcRenderer.removeListener(event, wrapped);
    };
  },
  async (file) => {
    const path = webUtils.getPathForFile(file);
    return path || null;
  },
);

contextBridge.exposeInMainWorld('api', api);
