import { redact, redactError } from '../../shared/redact';

/** The log file's size before it is rotated to main.old.log (one previous file is kept). */
export const LOG_MAX_BYTES = 2 * 1024 * 1024;

function redactValue(value: unknown): unknown {
  if (typeof value === 'string') return redact(value);
  if (value instanceof Error) return redactError(value);
  if (value === null || typeof value !== 'object') return value;
  try {
    return redact(JSON.stringify(value));
  } catch {
    return '[unloggable value]';
  }
}

/** A log entry's parts with credentials removed: tokens, Authorization headers, passwords in URLs. */
export function redactLogData(data: readonly unknown[]): unknown[] {
  return data.map(redactValue);
}

/** The hook every log transport runs an entry through before writing it (electron-log's `hooks`). */
export function redactingHook<M extends { data: unknown[] }>(message: M): M {
  return { ...message, data: redactLogData(message.data) };
}

export interface ConsoleEntry {
  level: string;
  message: string;
  sourceId: string;
  lineNumber: number;
}

/**
 * The window's errors as one log line: its uncaught exceptions and rejected promises reach the console as
 * errors, with the script and line that threw. Anything below an error is not the log's business.
 */
export function rendererErrorLine(entry: ConsoleEntry): string | null {
  if (entry.level !== 'error') return null;
  const where = entry.sourceId ? ` (${entry.sourceId.replace(/^.*\/(assets\/)/, '$1')}:${entry.lineNumber})` : '';
  return `[renderer] ${redact(entry.message)}${where}`;
}
