import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { buildApi } from './build-api';
import type { FileGrant } from '../shared/files/schemas';
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
    // Only a File the user really dropped has a path; one the page made itself has none.
    const path = webUtils.getPathForFile(file);
    if (!path) {
      return {
        ok: false,
        error: { code: 'unsupported-file', message: `The app cannot tell where “${file.name}” is. Use Choose file to pick it instead.` },
      };
    }
    return ipcRenderer.invoke('files:dropped', { path }) as Promise<Result<FileGrant>>;
  },
);

contextBridge.exposeInMainWorld('api', api);
