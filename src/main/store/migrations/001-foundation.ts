import type { Migration } from './index';

export const m001Foundation: Migration = {
  version: 1,
  name: 'foundation',
  sql: `
    CREATE TABLE accounts (
      id TEXT PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('exotel', 'sandbox')),
      name TEXT NOT NULL,
      account_sid TEXT NOT NULL,
      api_key TEXT NOT NULL,
      region TEXT NOT NULL,
      host TEXT NOT NULL,
      default_country TEXT NOT NULL DEFAULT 'IN',
      caller_id TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      last_test_at TEXT,
      last_test_outcome TEXT,
      last_test_message TEXT
    );
    CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    );
    CREATE TABLE audit_log (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      at TEXT NOT NULL,
      account_id TEXT,
      kind TEXT NOT NULL,
      level TEXT NOT NULL DEFAULT 'info' CHECK (level IN ('info', 'warning', 'error')),
      message TEXT NOT NULL,
      details TEXT
    );
    CREATE INDEX audit_log_at ON audit_log (at DESC);
  `,
};
