import type { Migration } from './index';

/** The indexes the Results screen and the heatmap read; the bench drops them by these names to weigh them. */
export const RESULTS_INDEXES: readonly string[] = ['call_details_by_account_time', 'call_details_by_week_quarter'];

/**
 * Results across campaigns read an account's calls by time, whatever their campaign: the first index holds every
 * column those sums need, so a period is one range of it. The heatmap counts calls by quarter hour of the week
 * (in UTC; the app moves them into the recipients' zone), which the second index holds already in order.
 */
export const m014ResultsIndexes: Migration = {
  version: 14,
  name: 'results-indexes',
  sql: `
    CREATE INDEX call_details_by_account_time ON call_details (account_id, created_ms, campaign_id, number, status, duration);
    CREATE INDEX call_details_by_week_quarter ON call_details (account_id, ((created_ms / 900000) % 672), status);
  `,
};
