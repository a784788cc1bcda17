import type { Migration } from './index';

/**
 * A plan of daily runs: one campaign launched as a campaign per calling day, each its own outbox item. The
 * plan keeps which item (and so which Exotel campaign) is which day, so the Campaigns screen shows them as one.
 */
export const m012Plans: Migration = {
  version: 12,
  name: 'plans',
  sql: `
    CREATE TABLE plans (
      id TEXT PRIMARY KEY,
      account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
      name TEXT NOT NULL,
      zone TEXT NOT NULL,
      draft_id TEXT,
      created_at TEXT NOT NULL
    );
    CREATE INDEX plans_by_account ON plans (account_id, created_at);
    CREATE TABLE plan_days (
      plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
      day INTEGER NOT NULL,
      send_at TEXT NOT NULL,
      end_at TEXT,
      numbers INTEGER NOT NULL,
      first_number INTEGER NOT NULL,
      item_id TEXT NOT NULL,
      key TEXT NOT NULL,
      PRIMARY KEY (plan_id, day)
    );
    CREATE UNIQUE INDEX plan_days_by_item ON plan_days (item_id);
  `,
};
