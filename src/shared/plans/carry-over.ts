import { z } from 'zod';

/**
 * What became of a day's leftovers: `waiting` for the user (or for the next run of the app), `carried` into a
 * catch-up run, `left` by the user's choice. A day that finished everything has no notice.
 */
export const CarryState = z.enum(['waiting', 'carried', 'left']);
export type CarryState = z.infer<typeof CarryState>;

export const CarryNotice = z.object({
  planId: z.string(),
  planName: z.string(),
  /** The day whose run left numbers behind, and its name: "day 1 of 3". */
  fromDay: z.number().int().min(1),
  fromLabel: z.string(),
  numbers: z.number().int().min(1),
  /** When they started waiting: the day's close (RFC 3339). */
  since: z.string(),
  /** The zone the plan's hours are read in, to show `since` in. */
  zone: z.string(),
  state: CarryState,
  /** The catch-up run they went into, once carried. */
  intoDay: z.number().int().min(1).nullable(),
  intoName: z.string().nullable(),
  /** When it goes: the catch-up run's start (RFC 3339). */
  intoSendAt: z.string().nullable(),
  /** Why carrying them last failed, in plain words; null when it did not fail. */
  problem: z.string().nullable(),
});
export type CarryNotice = z.infer<typeof CarryNotice>;

export const CarryOverState = z.object({
  /** "Carry over by itself": leftovers go into a catch-up run without asking. */
  auto: z.boolean(),
  notices: z.array(CarryNotice),
});
export type CarryOverState = z.infer<typeof CarryOverState>;

/** "Dues December · day 2 of 3 · carried over": the catch-up run's name, and so its key on Exotel. */
export function carriedName(dayName: string): string {
  return `${dayName} · carried over`;
}
