import { AppError } from '../../../shared/ipc/result';
import { redactError } from '../../../shared/redact';

export type FailureLog = (message: string, detail: string) => void;

const toConsole: FailureLog = (message, detail) => console.error(message, detail);

/**
 * An unexpected failure as the window sees it: plain words and what happened to the user's work. The raw
 * error (a library's message, a path, a stack) goes to the log only, with credentials removed.
 */
export function internalFailure(what: string, error: unknown, log: FailureLog = toConsole): AppError {
  log(`[${what}]`, redactError(error));
  return new AppError('internal', `${what}. The details are in the log.`);
}
