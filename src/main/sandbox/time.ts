/** Exotel answers carry India's offset; the Sandbox does the same. */
const IST_OFFSET_MS = (5 * 60 + 30) * 60 * 1000;

function istParts(ms: number): string {
  return new Date(ms + IST_OFFSET_MS).toISOString().slice(0, 19);
}

/** 2022-08-08T16:33:22+05:30 */
export function formatTime(ms: number): string {
  return `${istParts(ms)}+05:30`;
}

/** The summary's DateCreated carries a fraction: 2022-08-08T16:33:22.749+05:30 */
export function formatTimeFine(ms: number): string {
  return `${new Date(ms + IST_OFFSET_MS).toISOString().slice(0, 23)}+05:30`;
}

/** "2022-08-08 16:33:22", as in Exotel's default campaign names. */
export function formatNameTime(ms: number): string {
  return istParts(ms).replace('T', ' ');
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

export function parseRfc3339(text: unknown): number | null {
  if (typeof text !== 'string' || !RFC3339.test(text)) return null;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? null : ms;
}
