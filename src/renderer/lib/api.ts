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
 * screen writes `const lists = await call(desk().lists.list())` and handles failure in one catch.
 */
export async function call<T>(pending: Promise<Result<T>>): Promise<T> {
  let result: Result<T>;
  try {
    result = await pending;
  } catch (cause) {
    // The bridge itself broke (host gone, window closing): say so instead of a raw stack.
    const message = cause instanceof Error ? cause.message : String(cause);
    throw new ApiError('internal', `Campaign Desk could not reach its background service: ${message}`);
  }
  if (result.ok) return result.data;
  throw new ApiError(result.error.code, result.error.message, result.error.details);
}

export function toApiError(cause: unknown): ApiError {
  if (cause instanceof ApiError) return cause;
  const message = cause instanceof Error ? cause.message : String(cause);
  return new ApiError('internal', message);
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
