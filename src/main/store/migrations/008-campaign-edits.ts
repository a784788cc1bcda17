import type { Migration } from './index';

/**
 * Edits of campaigns already on Exotel. The outbox takes a new kind of item, `campaign-update`; SQLite cannot
 * change a CHECK constraint in place, so the table is copied into one that allows it, row for row and seq for
 * seq (the order items drain in is kept). A draft can now stand for changes to a campaign (`edits_campaign_id`).
 */
export const m008CampaignEdits: Migration = {
  version: 8,
  name: 'campaign-edits',
  sql: `
    CREATE TABLE outbox_next (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      id TEXT NOT NULL UNIQUE,
      account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('campaign-create', 'test-call', 'list-send', 'campaign-action', 'campaign-update')),
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
    INSERT INTO outbox_next SELECT seq, id, account_id, kind, state, phase, title, key, depends_on, draft_id, campaign_id, action,
      item_json, result_json, question, message, choices_json, history_json, attempts, check_failures, queued_at, created_at, updated_at
      FROM outbox;
    DROP TABLE outbox;
    ALTER TABLE outbox_next RENAME TO outbox;
    CREATE INDEX outbox_by_account ON outbox (account_id, state, seq);
    CREATE INDEX outbox_by_key ON outbox (account_id, key);
    ALTER TABLE drafts ADD COLUMN edits_campaign_id TEXT;
  `,
};
