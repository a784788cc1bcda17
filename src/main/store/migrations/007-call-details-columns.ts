import type { Migration } from './index';

/**
 * Call details in their own columns instead of one JSON text per row: an export of 100,000 calls reads plain
 * values, with no JSON to parse per row. The cache can always be read again from Exotel, so it is rebuilt
 * empty and every campaign's calls are read afresh.
 */
export const m007CallDetailsColumns: Migration = {
  version: 7,
  name: 'call-details-columns',
  sql: `
    DROP TABLE IF EXISTS call_details;
    CREATE TABLE call_details (
      account_id TEXT NOT NULL,
      campaign_id TEXT NOT NULL,
      call_key TEXT NOT NULL,
      call_sid TEXT,
      number TEXT NOT NULL,
      name TEXT,
      status TEXT NOT NULL,
      status_text TEXT NOT NULL,
      date_created TEXT,
      created_ms INTEGER,
      duration INTEGER,
      digit TEXT,
      recording_url TEXT,
      start_time TEXT,
      end_time TEXT,
      caller_id TEXT,
      direction TEXT,
      attempt INTEGER NOT NULL DEFAULT 1,
      PRIMARY KEY (account_id, campaign_id, call_key),
      FOREIGN KEY (account_id, campaign_id) REFERENCES campaigns (account_id, id) ON DELETE CASCADE
    );
    CREATE INDEX call_details_by_time ON call_details (account_id, campaign_id, created_ms);
    CREATE INDEX call_details_by_status ON call_details (account_id, campaign_id, status, created_ms);
    CREATE INDEX call_details_by_number ON call_details (account_id, campaign_id, number, created_ms);
    UPDATE campaigns SET calls_total = NULL, calls_read = 0, calls_complete = 0, calls_synced_at = NULL, calls_pass = 'tail',
      calls_full_at = NULL, calls_unreadable = 0;
  `,
};
