/** Names under which a credential travels: headers, JSON fields, query and form parameters. */
const SECRET_NAMES = String.raw`authorization|(?:api[_-]?)?token|(?:api[_-]?|client[_-]?)?secret|password|passwd|pwd`;

const RULES: Array<[RegExp, string]> = [
  // A named credential in any casing, quoted or not, also inside escaped JSON (\"apiToken\":\"...\").
  [
    new RegExp(String.raw`(\b(?:${SECRET_NAMES})(?:\\?["'])?\s*[:=]\s*(?:\\?["'])?)(?:(?:basic|bearer)\s+)?[^"'\\,;\s}&]+`, 'gi'),
    '$1[redacted]',
  ],
  [/\b(basic|bearer)\s+[A-Za-z0-9+/=._~-]{6,}/gi, '$1 [redacted]'],
  // user:password@ in any URL; the password may hold '/', so it runs to the '@'.
  [/(\b[a-z][a-z0-9+.-]*:\/\/)[^\s@/]*:[^\s@]*@/gi, '$1[redacted]@'],
];

/** The credentials this process holds (tokens read from or stored to the keychain), removed wherever they appear. */
const known = new Set<string>();

/** Remembers a secret the app holds so that log text never shows it, however it was formatted. */
export function rememberSecret(secret: string | null | undefined): void {
  // Very short values would blank out ordinary words; a real token is far longer.
  if (secret && secret.length >= 6) known.add(secret);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Removes credentials from text bound for a log: by pattern, and every secret the app holds, exactly. */
export function redact(text: string): string {
  let out = text;
  for (const secret of known) {
    for (const form of new Set([secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1)])) {
      out = out.replace(new RegExp(escapeRegExp(form), 'g'), '[redacted]');
    }
  }
  return RULES.reduce((acc, [pattern, replacement]) => acc.replace(pattern, replacement), out);
}

/** An error or value as loggable text, with credentials removed. */
export function redactError(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error);
  return redact(text);
}
