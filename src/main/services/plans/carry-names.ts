import { carriedName } from '../../../shared/plans/carry-over';
import { dayName } from '../../../shared/plans/schemas';
import type { PlanRecord } from '../../store/plans-repo';

/** The planned day a day belongs to: itself, or for a catch-up run the planned day it carries, followed back. */
function rootDay(carried: ReadonlyMap<number, number>, day: number): number {
  let at = day;
  for (let guard = 0; carried.has(at) && guard < 1000; guard++) at = carried.get(at) as number;
  return at;
}

/**
 * "Dues December · day 2 of 3 · carried over": named after the planned day that follows the one the leftovers
 * came from (the last day's own name for the last day), and made unique in the plan, since it is the run's key on
 * Exotel. `carried` maps each catch-up day to the day it carries; "of 3" counts the planned days only.
 */
export function catchUpKey(plan: PlanRecord, carried: ReadonlyMap<number, number>, fromDay: number): string {
  const planned = plan.days.filter((d) => !carried.has(d.day));
  const total = planned.length;
  const root = planned.findIndex((d) => d.day === rootDay(carried, fromDay)) + 1;
  const base = carriedName(dayName(plan.name, Math.min(total, Math.max(1, root + 1)), total));
  const taken = new Set(plan.days.map((d) => d.key));
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base} (${n})`;
  return key;
}

/** "day 1 of 3", or "day 2 of 3 · carried over": a day's name without the plan's. */
export function dayLabel(plan: PlanRecord, day: number): string {
  const key = plan.days.find((d) => d.day === day)?.key ?? '';
  const prefix = `${plan.name} · `;
  return key.startsWith(prefix) ? key.slice(prefix.length) : `day ${day}`;
}
