/**
 * How long and how much the client waits for and reads of Exotel, chosen so a person is never kept waiting for
 * minutes: one attempt at most 20 s, a read with its retries at most 45 s, an interactive request answered
 * (or explained) within 20 s. Exotel's own answers are far smaller and faster; these bound a host that is not.
 */
export const EXOTEL_BOUNDS = {
  attemptMs: 20_000,
  readDeadlineMs: 45_000,
  /** A request someone is watching (Test connection, the calls table) ends within this. */
  interactiveMs: 15_000,
  slowAfterMs: 8_000,
  answerBytes: 20 * 1024 * 1024,
  /** Exotel's report of a finished campaign: a CSV of every call, large for a big campaign. */
  reportBytes: 200 * 1024 * 1024,
  /** A report download that receives nothing for this long has stalled. */
  reportIdleMs: 20_000,
} as const;
