import { app, type WebContents } from 'electron';
import log from 'electron-log/main';
import { join } from 'node:path';
import { redactError } from '../../shared/redact';
import { LOG_MAX_BYTES, redactingHook, rendererErrorLine } from './log-file';

export type AppLog = Pick<typeof log, 'info' | 'warn' | 'error'>;

/**
 * A rotating log file in the OS's log folder (Linux ~/.config/Campaign Desk/logs, macOS ~/Library/Logs/Campaign
 * Desk, Windows %APPDATA%\Campaign Desk\logs), redacted like every other log. Main's console goes there too,
 * and so do unhandled errors of main and of the window.
 */
export function startLogFile(): { log: AppLog; folder: string } {
  const folder = app.getPath('logs');
  log.transports.file.resolvePathFn = () => join(folder, 'main.log');
  log.transports.file.maxSize = LOG_MAX_BYTES;
  log.transports.console.level = app.isPackaged ? false : 'info';
  log.hooks.push(redactingHook);
  log.errorHandler.startCatching({
    showDialog: false,
    onError: ({ error, processType }) => {
      // Electron calls the main process "browser", which reads as the window's in a log.
      const where = !processType || processType === 'browser' ? 'main' : processType;
      log.error(`[${where}] unhandled: ${redactError(error)}`);
      return false;
    },
  });
  Object.assign(console, log.functions);
  log.info(`Campaign Desk ${app.getVersion()} starting on ${process.platform} ${process.arch}, Electron ${process.versions.electron}`);
  return { log, folder };
}

/** The window's uncaught errors, crashes and preload failures, with enough to find their cause. */
export function logWindowErrors(contents: WebContents, appLog: AppLog): void {
  contents.on('console-message', (event) => {
    const line = rendererErrorLine(event);
    if (line) appLog.error(line);
  });
  contents.on('render-process-gone', (_event, details) =>
    appLog.error(`[renderer] gone: ${details.reason} (exit code ${details.exitCode})`),
  );
  contents.on('preload-error', (_event, path, error) => appLog.error(`[preload] ${path}: ${redactError(error)}`));
  contents.on('did-fail-load', (_event, code, description, url) =>
    appLog.error(`[renderer] failed to load ${url}: ${description} (${code})`),
  );
}
