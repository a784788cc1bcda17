import type { Migration } from './index';

/**
 * An account's calling hours, as JSON ({opens, closes, days, widenReason}); NULL keeps its country's default
 * (09:00–21:00 IST every day for India, no limit elsewhere), so existing accounts keep the rule they had.
 */
export const m010CallingHours: Migration = {
  version: 10,
  name: 'calling-hours',
  sql: `ALTER TABLE accounts ADD COLUMN calling_hours TEXT;`,
};
