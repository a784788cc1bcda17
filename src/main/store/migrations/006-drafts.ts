import type { Migration } from './index';

/**
 * Campaign drafts, saved as the user types, and the account settings the composer needs: the account's
 * ExoPhones (a JSON array, the first the default; `caller_id` keeps the default for older readers), its
 * campaign throttle, its time zone ('' means the default for its country) and the number "Call me first"
 * rang last.
 */
export const m006Drafts: Migration = {
  version: 6,
  name: 'drafts',
  sql: `
    CREATE TABLE drafts (
      id TEXT PRIMARY KEY,
      account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
      name TEXT NOT NULL,
      fields_json TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      launched_item_id TEXT,
      launched_at TEXT
    );
    CREATE INDEX drafts_by_account ON drafts (account_id, updated_at DESC);
    ALTER TABLE accounts ADD COLUMN caller_ids TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE accounts ADD COLUMN account_throttle INTEGER NOT NULL DEFAULT 60;
    ALTER TABLE accounts ADD COLUMN time_zone TEXT NOT NULL DEFAULT '';
    ALTER TABLE accounts ADD COLUMN test_call_number TEXT NOT NULL DEFAULT '';
    UPDATE accounts SET caller_ids = json_array(caller_id) WHERE caller_id <> '';
  `,
};
