import { redactError } from '../shared/redact';
import { AppError } from '../shared/ipc/result';
import type { StartupErrors } from './platform/startup-error';

export interface StartUpDeps {
  ui: StartupErrors;
  log: { error(...data: unknown[]): void };
  /** Named in the message, so that whoever helps the user knows where to look. */
  logsFolder: string;
}

export const STARTUP_ERROR_TITLE = 'Campaign Desk cannot start';

/** The words for the box: an AppError already speaks plainly; anything else stays in the log. */
export function startupErrorMessage(error: unknown, logsFolder: string): string {
  if (error instanceof AppError) return error.message;
  return `Something went wrong while opening the app’s data. The details are in the log, in ${logsFolder}. Nothing was changed.`;
}

/**
 * Runs the app's start-up; if it fails (data saved by a newer version, a folder the app cannot open), the
 * user sees a plain box instead of a window that never comes, the detail goes to the log, and the app quits.
 * Resolves to null then.
 */
export async function startOrExplain<T>(start: () => T | Promise<T>, deps: StartUpDeps): Promise<T | null> {
  try {
    return await start();
  } catch (error) {
    deps.log.error(`[main] start-up failed: ${redactError(error)}`);
    deps.ui.showStartupError(STARTUP_ERROR_TITLE, startupErrorMessage(error, deps.logsFolder));
    deps.ui.quit();
    return null;
  }
}
