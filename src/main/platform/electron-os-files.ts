import type { App, BrowserWindow } from 'electron';
import { OsFileInbox, sheetPathsFromArgs } from './os-files';

/**
 * Sheets the OS opens with the app: macOS's open-file (also before ready, which is why this runs at once),
 * the first start's command line on Windows and Linux, and the command line of a second start, which the
 * single instance takes over while the second one quits.
 */
export function listenForOsFiles(app: App, bringToFront: () => void): OsFileInbox {
  const inbox = new OsFileInbox();
  app.on('open-file', (event, path) => {
    event.preventDefault();
    inbox.receive(sheetPathsFromArgs([path], process.cwd()));
    bringToFront();
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    inbox.receive(sheetPathsFromArgs(argv.slice(1), workingDirectory));
    bringToFront();
  });
  inbox.receive(sheetPathsFromArgs(process.argv.slice(1), process.cwd()));
  return inbox;
}

/** The window the sheet opens in comes to the front: restored if minimised, shown if hidden, focused. */
export function bringWindowToFront(window: BrowserWindow | null): void {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
