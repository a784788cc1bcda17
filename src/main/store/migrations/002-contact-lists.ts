import type { Migration } from './index';

/**
 * Contact lists and their rows. Rows are stored in blocks of a few hundred, one SQLite row
 * per block and status, because a sheet of a million rows must save in about the time it
 * takes to parse: one SQLite row per contact costs five times more than the parse itself.
 * Stream 0 keeps the sheet order (a status letter per row); streams 1-3 hold the valid,
 * invalid and duplicate rows, so a page of any status is one or two block reads.
 */
export const m002ContactLists: Migration = {
  version: 2,
  name: 'contact-lists',
  sql: `
    CREATE TABLE contact_lists (
      id TEXT PRIMARY KEY,
      account_id TEXT,
      name TEXT NOT NULL,
      source_file TEXT NOT NULL,
      country TEXT NOT NULL,
      encoding TEXT NOT NULL,
      delimiter TEXT NOT NULL,
      headers TEXT NOT NULL,
      phone_column INTEGER NOT NULL,
      variables TEXT NOT NULL,
      counts TEXT NOT NULL,
      block_size INTEGER NOT NULL,
      state TEXT NOT NULL CHECK (state IN ('importing', 'ready')),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
    CREATE INDEX contact_lists_ready ON contact_lists (state, created_at DESC);
    CREATE TABLE contact_blocks (
      list_id TEXT NOT NULL REFERENCES contact_lists (id) ON DELETE CASCADE,
      stream INTEGER NOT NULL CHECK (stream BETWEEN 0 AND 3),
      block INTEGER NOT NULL,
      data TEXT NOT NULL,
      PRIMARY KEY (list_id, stream, block)
    ) WITHOUT ROWID;
    CREATE TABLE contact_list_exotel (
      list_id TEXT NOT NULL REFERENCES contact_lists (id) ON DELETE CASCADE,
      account_id TEXT NOT NULL,
      type TEXT NOT NULL CHECK (type IN ('static', 'dynamic')),
      sid TEXT NOT NULL,
      sent_at TEXT NOT NULL,
      accepted INTEGER NOT NULL,
      duplicates INTEGER NOT NULL,
      failed INTEGER NOT NULL,
      PRIMARY KEY (list_id, account_id, type)
    );
  `,
};
