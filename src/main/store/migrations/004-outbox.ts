import type { Migration } from './index';

/**
 * Every write to Exotel, kept until it is settled. `seq` gives the order items drain in per account;
 * `phase` is 'check' when an earlier attempt may have reached Exotel, so the next step is to look, not to send.
 * `queued_at` is when the user last asked for the item to go, which is what a launch's staleness counts from.
 */
export const m004Outbox: Migration = {
  version: 4,
  name: 'outbox',
  sql: `
    CREATE TABLE outbox (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      id TEXT NOT NULL UNIQUE,
      account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('campaign-create', 'test-call', 'list-send', 'campaign-action')),
      state TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'done', 'failed', 'needs-confirmation')),
      phase TEXT NOT NULL DEFAULT 'send' CHECK (phase IN ('send', 'check')),
      title TEXT NOT NULL,
      key TEXT NOT NULL,
      depends_on TEXT,
      draft_id TEXT,
      campaign_id TEXT,
      action TEXT,
      item_json TEXT NOT NULL,
      result_json TEXT,
      question TEXT CHECK (question IN ('stale', 'unknown')),
      message TEXT,
      choices_json TEXT NOT NULL DEFAULT '[]',
      history_json TEXT NOT NULL DEFAULT '[]',
      attempts INTEGER NOT NULL DEFAULT 0,
      check_failures INTEGER NOT NULL DEFAULT 0,
      queued_at TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
    CREATE INDEX outbox_by_account ON outbox (account_id, state, seq);
    CREATE INDEX outbox_by_key ON outbox (account_id, key);
  `,
};
