import { z } from 'zod';
import { Heatmap, ResultsPeriod, ResultsView } from '../../results/schemas';

/** Results across the active account's campaigns, and when its calls are answered. */
export const resultsChannels = {
  /** Numbers called, reached, calls and talk time per campaign, per contact list and per day of the period. */
  'results:period': { input: z.strictObject({ period: ResultsPeriod }), output: ResultsView },
  /** Answer rate by weekday and hour of the recipients' clock, over every stored call of the account. */
  'results:heatmap': { input: z.undefined(), output: Heatmap },
} as const;
