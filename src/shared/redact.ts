const RULES: Array<[RegExp, string]> = [
  [/\b(Basic|Bearer)\s+[A-Za-z0-9+/=._-]{8,}/g, '$1 [redacted]'],
  [/(authorization["']?\s*[:=]\s*["']?)[^"',\s}]+/gi, '$1[redacted]'],
  [/((?:api[_-]?)?token["']?\s*[:=]\s*["']?)[^"',\s}]+/gi, '$1[redacted]'],
  [/(https?:\/\/)[^/\s:@]+:[^/\s@]+@/g, '$1[redacted]@'],
];

/** Removes credentials from text bound for a log: Authorization headers, tokens, user:password in URLs. */
export function redact(text: string): string {
  return RULES.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}

/** An error or value as loggable text, with credentials removed. */
export function redactError(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error);
  return redact(text);
}
