import type { DeskApi } from '../../shared/ipc/api-types';
import type { EventName, EventPayload } from '../../shared/ipc/contract';
import type { ErrorCode, Result } from '../../shared/ipc/result';

/** One problem with one input field, as main's zod check reports it. */
export interface FieldIssue {
  path: (string | number)[];
  message: string;
}

/**
 * A failed call to main, with the code intact so screens can react to the kind of failure
 * (a validation problem goes under its field; 'offline' and 'keychain-*' get their own banners).
 */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The validation issues main sent, or none when this is another kind of failure. */
  get issues(): FieldIssue[] {
    if (this.code !== 'validation') return [];
    const details = this.details as { issues?: unknown } | undefined;
    if (!details || !Array.isArray(details.issues)) return [];
    return details.issues.filter(isFieldIssue);
  }
}

function isFieldIssue(value: unknown): value is FieldIssue {
  if (typeof value !== 'object' || value === null) return false;
  const issue = value as { path?: unknown; message?: unknown };
  return Array.isArray(issue.path) && typeof issue.message === 'string';
}

/** The bridge main exposes; read at call time so tests can install a stand-in. */
export function desk(): DeskApi {
  return window.api;
}

/**
 * Every call to main goes through here: a Result that failed becomes a thrown ApiError, so a
 * screen writes `const lists = await call(desk().contacts.all())` and handles failure in one catch.
 */
export async function call<T>(pending: Promise<Result<T>>): Promise<T> {
  let result: Result<T>;
  try {
    result = await pending;
  } catch (cause) {
    // The bridge itself broke (host gone, window closing): say so in plain words; the detail is for the console.
    console.error('[bridge]', cause);
    throw new ApiError('internal', 'Campaign Desk could not reach its background service. Close the window and open the app again.');
  }
  if (result.ok) return result.data;
  throw new ApiError(result.error.code, result.error.message, result.error.details);
}

/** Any failure as a screen shows it: main's own words, or plain words for a fault in the window itself. */
export function toApiError(cause: unknown): ApiError {
  if (cause instanceof ApiError) return cause;
  console.error('[window]', cause);
  return new ApiError('internal', 'Something went wrong in this window. Try again; if it keeps happening, restart the app.');
}

/** Field errors keyed by the dotted path ("customHost", "variables.2.name"); the first message wins. */
export function fieldErrors(issues: FieldIssue[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.join('.');
    if (!(key in out)) out[key] = issue.message;
  }
  return out;
}

export function onEvent<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
  return desk().on(event, listener);
}
