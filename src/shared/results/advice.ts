import { nextOpenSpell, type HoursInZone } from '../compose/calling-hours';
import { instantToZoned, zonedToInstant } from '../compose/zoned-time';
import type { Heatmap } from './schemas';

/** Advice needs this many calls inside the calling hours in all... */
export const ADVICE_MIN_CALLS = 1000;
/** ...and at least two windows with this many calls each, so that the comparison means something. */
export const ADVICE_WINDOW_CALLS = 100;
/** Hours a window spans. */
export const ADVICE_WINDOW_HOURS = 2;

export interface AnswerWindow {
  /** Whole hours of the recipients' clock, end exclusive: 18 and 20 are 18:00–20:00. */
  startHour: number;
  endHour: number;
  calls: number;
  answered: number;
  rate: number;
}

export interface AnswerAdvice {
  best: AnswerWindow;
  worst: AnswerWindow;
  /** Calls inside the calling hours the advice is drawn from. */
  calls: number;
  zone: string;
}

const hourOf = (clock: string): number => Number(clock.slice(0, 2)) + (clock.slice(3) === '00' ? 0 : 1);

/**
 * The best and the worst two-hour windows inside the calling hours, by share of calls answered over every weekday;
 * null when the account has too few calls to say (see ADVICE_MIN_CALLS and ADVICE_WINDOW_CALLS).
 */
export function answerAdvice(map: Heatmap, hours: HoursInZone): AnswerAdvice | null {
  const opens = hours.hours ? hourOf(hours.hours.opens) : 0;
  const closes = hours.hours ? Math.floor(Number(hours.hours.closes.slice(0, 2))) : 24;
  const days = hours.hours?.days ?? [0, 1, 2, 3, 4, 5, 6];
  const byHour = Array.from({ length: 24 }, () => ({ calls: 0, answered: 0 }));
  for (const c of map.cells) {
    if (!days.includes(c.weekday)) continue;
    const h = byHour[c.hour];
    if (!h) continue;
    h.calls += c.calls;
    h.answered += c.answered;
  }
  let inside = 0;
  for (let h = opens; h < closes; h++) inside += byHour[h]?.calls ?? 0;
  if (inside < ADVICE_MIN_CALLS) return null;
  const windows: AnswerWindow[] = [];
  for (let start = opens; start + ADVICE_WINDOW_HOURS <= closes; start++) {
    let calls = 0;
    let answered = 0;
    for (let h = start; h < start + ADVICE_WINDOW_HOURS; h++) {
      calls += byHour[h]?.calls ?? 0;
      answered += byHour[h]?.answered ?? 0;
    }
    if (calls >= ADVICE_WINDOW_CALLS)
      windows.push({ startHour: start, endHour: start + ADVICE_WINDOW_HOURS, calls, answered, rate: answered / calls });
  }
  if (windows.length < 2) return null;
  const best = windows.reduce((a, b) => (b.rate > a.rate ? b : a));
  // The worst window that does not overlap the best, so the two are different hours.
  const apart = windows.filter((w) => w.endHour <= best.startHour || w.startHour >= best.endHour);
  const pool = apart.length > 0 ? apart : windows.filter((w) => w !== best);
  const worst = pool.reduce((a, b) => (b.rate < a.rate ? b : a));
  return { best, worst, calls: inside, zone: map.zone };
}

const clock = (hour: number): string => `${String(hour).padStart(2, '0')}:00`;

/** "18:00–20:00". */
export function windowText(w: AnswerWindow): string {
  return `${clock(w.startHour)}–${clock(w.endHour)}`;
}

/**
 * The next start at the best window's opening on a calling day, as the composer writes a start: the wall clock
 * in the draft's zone ('2026-12-08T18:00'). Null when no day in the coming week allows it.
 */
export function nextStartInWindow(advice: AnswerAdvice, hours: HoursInZone, now: Date, draftZone: string): string | null {
  const today = instantToZoned(now, hours.zone).slice(0, 10);
  for (let i = 0; i <= 7; i++) {
    const date = new Date(Date.parse(`${today}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10);
    const at = zonedToInstant(`${date}T${clock(advice.best.startHour)}`, hours.zone);
    if (!at || at.getTime() <= now.getTime()) continue;
    const spell = nextOpenSpell(hours, at);
    if (spell && spell.opensAt.getTime() === at.getTime()) return instantToZoned(at, draftZone);
  }
  return null;
}
