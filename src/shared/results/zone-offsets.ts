import { zoneOffsetMinutes } from '../compose/zoned-time';

/** A stretch of time over which a zone keeps one offset from UTC. */
export interface OffsetSpan {
  fromMs: number;
  /** Exclusive. */
  toMs: number;
  offsetMinutes: number;
}

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/**
 * The zone's offsets over [fromMs, toMs): one span for a zone such as India's, more where clocks change. SQLite
 * knows no zones, so queries add each span's offset to the instants that fall in it. Changes are found a day at a
 * time and then to the minute, which is finer than any zone's rule.
 */
export function offsetSpans(zone: string, fromMs: number, toMs: number): OffsetSpan[] {
  if (!(toMs > fromMs)) return [{ fromMs, toMs: fromMs, offsetMinutes: zoneOffsetMinutes(zone, new Date(fromMs)) }];
  const offsetAt = (ms: number) => zoneOffsetMinutes(zone, new Date(ms));
  const spans: OffsetSpan[] = [];
  let start = fromMs;
  let offset = offsetAt(fromMs);
  for (let probe = fromMs; probe < toMs;) {
    const next = Math.min(probe + DAY_MS, toMs - 1);
    if (next <= probe) break;
    const nextOffset = offsetAt(next);
    if (nextOffset !== offset) {
      let lo = probe;
      let hi = next;
      while (hi - lo > MINUTE_MS) {
        const mid = lo + Math.floor((hi - lo) / 2);
        if (offsetAt(mid) === offset) lo = mid;
        else hi = mid;
      }
      // Clocks change on a whole minute, and (lo, hi] holds exactly one.
      const at = Math.floor(lo / MINUTE_MS) * MINUTE_MS + MINUTE_MS;
      spans.push({ fromMs: start, toMs: at, offsetMinutes: offset });
      start = at;
      offset = offsetAt(at);
    }
    probe = next;
  }
  spans.push({ fromMs: start, toMs, offsetMinutes: offset });
  return spans;
}
