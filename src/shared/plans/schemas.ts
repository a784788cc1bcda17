import { z } from 'zod';
import { OutboxState } from '../outbox/schemas';

/** One day of a plan as stored: its share of the numbers, its times, and the outbox item that creates it. */
export const PlanDay = z.object({
  /** 1-based. */
  day: z.number().int().min(1),
  /** RFC 3339 instants. */
  sendAt: z.string(),
  endAt: z.string().nullable(),
  numbers: z.number().int().min(1),
  /** The day's first number's place in the audience, 0-based: days hold the numbers in order. */
  firstNumber: z.number().int().min(0),
  itemId: z.string(),
  /** The day's campaign name on Exotel, its reconciliation key: "Dues December · day 2 of 3". */
  key: z.string(),
});
export type PlanDay = z.infer<typeof PlanDay>;

/** A plan of daily runs: one campaign for the user, a campaign a calling day on Exotel. */
export const PlanView = z.object({
  id: z.string(),
  accountId: z.string(),
  name: z.string(),
  /** The zone the calling hours are read in. */
  zone: z.string(),
  createdAt: z.string(),
  days: z.array(
    PlanDay.extend({
      /** The Exotel campaign, once its create is done. */
      campaignId: z.string().nullable(),
      itemState: OutboxState.nullable(),
    }),
  ),
});
export type PlanView = z.infer<typeof PlanView>;

/** "Dues December · day 2 of 3": each day's campaign name, so Exotel's own list reads as the plan does. */
export function dayName(name: string, day: number, days: number): string {
  return `${name} · day ${day} of ${days}`;
}
