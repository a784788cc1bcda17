import type { Migration } from './index';

/**
 * The table behind the Activity screen takes the feature's name, so one word finds it from the screen to the
 * disk. Its rows, ids and order stay as they were.
 */
export const m011ActivityTable: Migration = {
  version: 11,
  name: 'activity-table',
  sql: `
    ALTER TABLE audit_log RENAME TO activity;
    DROP INDEX audit_log_at;
    CREATE INDEX activity_at ON activity (at DESC);
  `,
};
