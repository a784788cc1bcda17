export interface BackoffOptions {
  baseMs: number;
  capMs: number;
  random: () => number;
}

/** Doubling delays with half of each left to chance, so clients that failed together spread out. */
export function backoffDelay(attempt: number, o: BackoffOptions): number {
  const ceiling = Math.min(o.capMs, o.baseMs * 2 ** attempt);
  return Math.round(ceiling / 2 + o.random() * (ceiling / 2));
}

/** Retry-After as seconds or as an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, nowMs: number): number | null {
  if (value === null) return null;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, at - nowMs);
}
