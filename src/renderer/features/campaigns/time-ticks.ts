const MINUTE = 60_000;
const STEPS_MIN = [1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440, 2880, 10080];

/**
 * Round clock times between two moments for a time axis: a step of whole minutes, hours or days, chosen so that
 * about `target` ticks fit, each on a round time of the user's own clock (10:00, 10:15... not 10:07, 10:22).
 */
export function timeTicks(from: number, to: number, target = 5): number[] {
  if (!(to > from)) return [from];
  const span = to - from;
  const step = (STEPS_MIN.find((m) => span / (m * MINUTE) <= target) ?? STEPS_MIN[STEPS_MIN.length - 1]!) * MINUTE;
  // Round in local time: the zone's offset (IST is +5:30) moves where a round hour or day falls.
  const offset = -new Date(from).getTimezoneOffset() * MINUTE;
  const start = Math.ceil((from + offset) / step) * step - offset;
  const ticks: number[] = [];
  for (let t = start; t <= to; t += step) ticks.push(t);
  return ticks.length ? ticks : [from];
}
