import { app, dialog, net, shell, type BrowserWindow } from 'electron';
import type { Desktop, FetchLike } from './desktop';
import { chromiumFetch } from './electron-fetch';
import type { Dialogs } from './dialogs';
import type { StartupErrors } from './startup-error';

export function electronDialogs(window: () => BrowserWindow | null): Dialogs {
  return {
    async openSheet() {
      const owner = window();
      const options: Electron.OpenDialogOptions = {
        title: 'Open a contact sheet',
        properties: ['openFile'],
        filters: [
          { name: 'Sheets (CSV, TSV, Excel)', extensions: ['csv', 'tsv', 'txt', 'xlsx', 'xlsm'] },
          { name: 'Excel workbooks', extensions: ['xlsx', 'xlsm'] },
          { name: 'All files', extensions: ['*'] },
        ],
      };
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async saveCsv(defaultName) {
      const owner = window();
      const options: Electron.SaveDialogOptions = {
        title: 'Save as CSV',
        defaultPath: defaultName,
        filters: [{ name: 'CSV', extensions: ['csv'] }],
      };
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return result.canceled ? null : (result.filePath ?? null);
    },
    async saveReport(defaultName, format) {
      const owner = window();
      const options: Electron.SaveDialogOptions = {
        title: format === 'pdf' ? 'Save the report as PDF' : 'Save the report as PNG',
        defaultPath: defaultName,
        filters: [format === 'pdf' ? { name: 'PDF document', extensions: ['pdf'] } : { name: 'PNG image', extensions: ['png'] }],
      };
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return result.canceled ? null : (result.filePath ?? null);
    },
  };
}

export const electronDesktop: Desktop = {
  openExternal: (url) => shell.openExternal(url),
  isOnline: () => net.isOnline(),
};

/** Chromium's network stack: system proxy settings and corporate certificates apply; redirects come back as themselves. */
export const electronFetch: FetchLike = chromiumFetch(
  (options) => net.request(options),
  (url, init) => net.fetch(url, init),
);

/** Electron's error box works before any window exists, which is when start-up fails. */
export const electronStartupErrors: StartupErrors = {
  showStartupError: (title, message) => dialog.showErrorBox(title, message),
  quit: () => app.quit(),
};
