import type { Migration } from './index';

/**
 * The campaign cache: what Exotel last said about each campaign of each account, the numbers over time
 * and the calls read so far. Everything here can be read again from Exotel; removing an account removes its cache.
 */
export const m003Campaigns: Migration = {
  version: 3,
  name: 'campaigns',
  sql: `
    CREATE TABLE campaigns (
      account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
      id TEXT NOT NULL,
      name TEXT NOT NULL,
      status TEXT NOT NULL,
      status_text TEXT NOT NULL,
      date_created TEXT,
      stats_json TEXT,
      total INTEGER NOT NULL DEFAULT 0,
      finished INTEGER NOT NULL DEFAULT 0,
      data_json TEXT NOT NULL,
      last_synced_at TEXT NOT NULL,
      calls_total INTEGER,
      calls_read INTEGER NOT NULL DEFAULT 0,
      calls_complete INTEGER NOT NULL DEFAULT 0,
      calls_synced_at TEXT,
      PRIMARY KEY (account_id, id)
    );
    CREATE INDEX campaigns_by_created ON campaigns (account_id, date_created DESC);
    CREATE TABLE stat_snapshots (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      account_id TEXT NOT NULL,
      campaign_id TEXT NOT NULL,
      at TEXT NOT NULL,
      stats_json TEXT NOT NULL,
      FOREIGN KEY (account_id, campaign_id) REFERENCES campaigns (account_id, id) ON DELETE CASCADE
    );
    CREATE INDEX stat_snapshots_by_campaign ON stat_snapshots (account_id, campaign_id, id);
    CREATE TABLE call_details (
      account_id TEXT NOT NULL,
      campaign_id TEXT NOT NULL,
      seq INTEGER NOT NULL,
      call_sid TEXT,
      number TEXT NOT NULL,
      status TEXT NOT NULL,
      date_created TEXT,
      data_json TEXT NOT NULL,
      PRIMARY KEY (account_id, campaign_id, seq),
      FOREIGN KEY (account_id, campaign_id) REFERENCES campaigns (account_id, id) ON DELETE CASCADE
    );
    CREATE INDEX call_details_by_status ON call_details (account_id, campaign_id, status, seq);
    CREATE TABLE campaign_syncs (
      account_id TEXT PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
      synced_at TEXT NOT NULL
    );
  `,
};
