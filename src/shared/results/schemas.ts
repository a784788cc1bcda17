import { z } from 'zod';

/** A calendar date as the account's zone reads it: '2026-12-08'. */
export const LocalDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Write the date as YYYY-MM-DD, such as 2026-12-08');

/** The days the Results screen covers, read in the account's zone. */
export const ResultsPeriod = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('week') }),
    z.strictObject({ kind: z.literal('last30') }),
    z.strictObject({ kind: z.literal('range'), from: LocalDate, to: LocalDate }),
  ])
  .superRefine((p, ctx) => {
    if (p.kind === 'range' && p.from > p.to)
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'The last day must not come before the first' });
  });
export type ResultsPeriod = z.infer<typeof ResultsPeriod>;

/**
 * Sums a row of the Results screen is made of; the rates are worked out from them (see figures.ts) so that
 * totals are always the sums of their rows. A number called by two campaigns counts once in each.
 */
export const Figures = z.object({
  /** Numbers with at least one call in the period. */
  numbers: z.number().int().nonnegative(),
  /** Of those, numbers with at least one answered call. */
  reached: z.number().int().nonnegative(),
  /** Every call placed, retries included. */
  calls: z.number().int().nonnegative(),
  /** Calls answered. */
  answered: z.number().int().nonnegative(),
  /** Seconds talked over the answered calls. */
  talkSeconds: z.number().nonnegative(),
});
export type Figures = z.infer<typeof Figures>;

export const CampaignResult = Figures.extend({
  id: z.string(),
  name: z.string(),
  /** The contact list(s) it called, by name; see ListResult.key. */
  listKey: z.string(),
  listName: z.string(),
  /** The first call in the period (ms). */
  firstCallMs: z.number(),
});
export type CampaignResult = z.infer<typeof CampaignResult>;

export const ListResult = Figures.extend({
  /** The Exotel list ids a campaign called, sorted and joined, or 'typed' for numbers given one by one. */
  key: z.string(),
  name: z.string(),
  campaigns: z.number().int().nonnegative(),
});
export type ListResult = z.infer<typeof ListResult>;

export const DayResult = z.object({ date: LocalDate, numbers: z.number().int(), reached: z.number().int(), calls: z.number().int() });
export type DayResult = z.infer<typeof DayResult>;

export const ResultsView = z.object({
  accountId: z.string(),
  zone: z.string(),
  /** The first and last day covered, in the zone. */
  from: LocalDate,
  to: LocalDate,
  totals: Figures,
  campaigns: z.array(CampaignResult),
  lists: z.array(ListResult),
  /** Every day of the period, those without calls included. */
  days: z.array(DayResult),
  /** When the account's campaigns were last read from Exotel; null when never. */
  syncedAt: z.string().nullable(),
});
export type ResultsView = z.infer<typeof ResultsView>;

/** One hour of one weekday in the calling zone; weekday 0 is Sunday. */
export const HeatCell = z.object({
  weekday: z.number().int().min(0).max(6),
  hour: z.number().int().min(0).max(23),
  calls: z.number().int().nonnegative(),
  answered: z.number().int().nonnegative(),
});
export type HeatCell = z.infer<typeof HeatCell>;

export const Heatmap = z.object({
  accountId: z.string(),
  /** The recipients' zone the hours are read in: India's for Indian accounts. */
  zone: z.string(),
  /** Cells with fewer calls than this are shown as too few to tell. */
  minCalls: z.number().int().positive(),
  calls: z.number().int().nonnegative(),
  /** Only cells with at least one call. */
  cells: z.array(HeatCell),
});
export type Heatmap = z.infer<typeof Heatmap>;
