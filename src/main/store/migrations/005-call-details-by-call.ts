import type { Migration } from './index';

/**
 * Call details keyed by the call, not by its position in Exotel's list: positions shift while a campaign runs
 * (a long call that started early ends late and lands before calls read already). The key is Exotel's call_sid,
 * or number + date_created + attempt when a row has none. The old cache was keyed by position and may hold
 * copies, so it is dropped and every campaign's calls are read again.
 */
export const m005CallDetailsByCall: Migration = {
  version: 5,
  name: 'call-details-by-call',
  sql: `
    DROP TABLE IF EXISTS call_details;
    CREATE TABLE call_details (
      account_id TEXT NOT NULL,
      campaign_id TEXT NOT NULL,
      call_key TEXT NOT NULL,
      call_sid TEXT,
      number TEXT NOT NULL,
      status TEXT NOT NULL,
      date_created TEXT,
      created_ms INTEGER,
      duration INTEGER,
      attempt INTEGER NOT NULL DEFAULT 1,
      data_json TEXT NOT NULL,
      PRIMARY KEY (account_id, campaign_id, call_key),
      FOREIGN KEY (account_id, campaign_id) REFERENCES campaigns (account_id, id) ON DELETE CASCADE
    );
    CREATE INDEX call_details_by_time ON call_details (account_id, campaign_id, created_ms);
    CREATE INDEX call_details_by_status ON call_details (account_id, campaign_id, status, created_ms);
    CREATE INDEX call_details_by_number ON call_details (account_id, campaign_id, number, created_ms);
    ALTER TABLE campaigns ADD COLUMN calls_pass TEXT NOT NULL DEFAULT 'tail';
    ALTER TABLE campaigns ADD COLUMN calls_full_at TEXT;
    ALTER TABLE campaigns ADD COLUMN calls_unreadable INTEGER NOT NULL DEFAULT 0;
    UPDATE campaigns SET calls_total = NULL, calls_read = 0, calls_complete = 0, calls_synced_at = NULL;
  `,
};
