import type { HeatCell, Heatmap } from './schemas';

/** What one hour of the heatmap shows: a rate only when enough calls stand behind it. */
export type HeatLook = { kind: 'none' } | { kind: 'few'; calls: number } | { kind: 'rate'; calls: number; rate: number };

export function heatLook(cell: HeatCell | undefined, minCalls: number): HeatLook {
  if (!cell || cell.calls === 0) return { kind: 'none' };
  if (cell.calls < minCalls) return { kind: 'few', calls: cell.calls };
  return { kind: 'rate', calls: cell.calls, rate: cell.answered / cell.calls };
}

/** The cells as a weekday × hour grid (Monday first, as the week is read), missing hours undefined. */
export function heatGrid(map: Heatmap): Array<{ weekday: number; hours: Array<HeatCell | undefined> }> {
  const byKey = new Map(map.cells.map((c) => [c.weekday * 24 + c.hour, c]));
  return [1, 2, 3, 4, 5, 6, 0].map((weekday) => ({
    weekday,
    hours: Array.from({ length: 24 }, (_, hour) => byKey.get(weekday * 24 + hour)),
  }));
}
