import { z } from 'zod';
import { CampaignStats, CampaignStatus } from '../exotel';
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

/** A day's campaign as the app last read it from Exotel. */
export const DayCampaign = z.object({
  status: CampaignStatus,
  statusText: z.string(),
  stats: CampaignStats.nullable(),
  /** Calls placed (every attempt), as Exotel counts them; null when it has not said. */
  calls: z.number().nullable(),
  sendAt: z.string().nullable(),
  endAt: z.string().nullable(),
  lastSyncedAt: z.string(),
});
export type DayCampaign = z.infer<typeof DayCampaign>;

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
      /** The campaign as last read; null before its create is done or before it was first read. */
      campaign: DayCampaign.nullable(),
    }),
  ),
});
export type PlanView = z.infer<typeof PlanView>;

/** "Dues December · day 2 of 3": each day's campaign name, so Exotel's own list reads as the plan does. */
export function dayName(name: string, day: number, days: number): string {
  return `${name} · day ${day} of ${days}`;
}
