import Database from 'libsql';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DB_FILE_NAME, LATEST_SCHEMA, openDatabase, schemaVersion, type Db } from '../../../src/main/store/db';
import { migrations } from '../../../src/main/store/migrations';
import { ContactListsRepo } from '../../../src/main/store/contact-lists-repo';
import { AppError } from '../../../src/shared/ipc/result';

/** The rows each version brought in, written as that version of the app would have left them. */
const SEEDS: Record<number, (db: Db) => void> = {
  1: (db) => {
    db.prepare(
      `INSERT INTO accounts (id, kind, name, account_sid, api_key, region, host, created_at, updated_at)
       VALUES ('acme', 'exotel', 'Acme', 'acme1', 'key1', 'mumbai', 'https://api.in.exotel.com', '2026-01-01', '2026-01-01')`,
    ).run();
    db.prepare(`INSERT INTO settings (key, value) VALUES ('activeAccountId', '"acme"')`).run();
    db.prepare(`INSERT INTO audit_log (at, kind, message) VALUES ('2026-01-01', 'account', 'Added account “Acme”')`).run();
  },
  2: (db) => {
    db.prepare(
      `INSERT INTO contact_lists (id, account_id, name, source_file, country, encoding, delimiter, headers, phone_column, variables,
        counts, block_size, state, created_at, updated_at)
       VALUES ('l1', 'acme', 'Dues', 'dues.csv', 'IN', 'utf-8', ',', '["Name","Phone"]', 1, '[]',
        '{"rows":0,"valid":0,"invalid":0,"duplicate":0,"skippedEmpty":0,"ragged":0,"invalidReasons":{}}', 256, 'ready', '2026-01-02', '2026-01-02')`,
    ).run();
  },
  3: (db) => {
    db.prepare(
      `INSERT INTO campaigns (account_id, id, name, status, status_text, data_json, last_synced_at)
       VALUES ('acme', 'c1', 'November dues', 'completed', 'Completed', '{}', '2026-01-03')`,
    ).run();
  },
  4: (db) => {
    db.prepare(
      `INSERT INTO outbox (seq, id, account_id, kind, state, title, key, campaign_id, action, item_json, queued_at, created_at, updated_at)
       VALUES (41, 'o1', 'acme', 'campaign-action', 'queued', 'Pause “November dues”', 'c1', 'c1', 'pause', '{"kind":"campaign-action"}',
        '2026-01-04', '2026-01-04', '2026-01-04')`,
    ).run();
  },
};

/** What must still be there after the upgrade, for the rows of each version. */
const CHECKS: Record<number, (db: Db) => void> = {
  1: (db) => {
    expect(db.prepare(`SELECT name, host FROM accounts WHERE id = 'acme'`).get()).toMatchObject({ name: 'Acme', host: 'https://api.in.exotel.com' });
    expect(db.prepare(`SELECT value FROM settings WHERE key = 'activeAccountId'`).get()).toMatchObject({ value: '"acme"' });
    expect(db.prepare(`SELECT COUNT(*) AS n FROM audit_log`).get()).toMatchObject({ n: 1 });
  },
  2: (db) => expect(new ContactListsRepo(db).get('l1')).toMatchObject({ name: 'Dues', sourceFile: 'dues.csv' }),
  3: (db) => expect(db.prepare(`SELECT name, status FROM campaigns WHERE id = 'c1'`).get()).toMatchObject({ name: 'November dues', status: 'completed' }),
  // The outbox is copied into a table that takes campaign updates (version 8): each item keeps its place in the queue.
  4: (db) => {
    expect(db.prepare(`SELECT seq, state, action FROM outbox WHERE id = 'o1'`).get()).toMatchObject({ seq: 41, state: 'queued', action: 'pause' });
    db.prepare(
      `INSERT INTO outbox (id, account_id, kind, state, title, key, item_json, queued_at, created_at, updated_at)
       VALUES ('o2', 'acme', 'campaign-update', 'queued', 'Change', 'c1', '{}', '2026-01-05', '2026-01-05', '2026-01-05')`,
    ).run();
    expect(db.prepare(`SELECT seq FROM outbox WHERE id = 'o2'`).get()).toMatchObject({ seq: 42 });
  },
};

/** A data folder as version `upTo` of the app left it, with rows of every version up to it. */
function folderAt(upTo: number): string {
  const dir = mkdtempSync(join(tmpdir(), `desk-v${upTo}-`));
  const db = new Database(join(dir, DB_FILE_NAME));
  for (const m of migrations.filter((m) => m.version <= upTo)) {
    db.exec(m.sql);
    db.exec(`PRAGMA user_version = ${m.version}`);
    SEEDS[m.version]?.(db);
  }
  db.close();
  return dir;
}

describe('upgrading a data folder', () => {
  // A new migration adds its own seed and check here, so files of its version are tested on every later upgrade.
  it('has seed rows and checks for every version', () => {
    for (const m of migrations.filter((m) => m.version <= 4)) {
      expect(SEEDS[m.version], `seed for ${m.version}`).toBeTypeOf('function');
      expect(CHECKS[m.version], `check for ${m.version}`).toBeTypeOf('function');
    }
  });

  for (let from = 1; from < LATEST_SCHEMA; from++) {
    it(`brings a version ${from} file up to date with its rows intact`, () => {
      const db = openDatabase(folderAt(from));
      try {
        expect(schemaVersion(db)).toBe(LATEST_SCHEMA);
        for (let v = 1; v <= from; v++) CHECKS[v]?.(db);
      } finally {
        db.close();
      }
    });
  }

  it('refuses a file written by a newer version, with a plain message, and leaves it as it was', () => {
    const dir = folderAt(LATEST_SCHEMA);
    const raw = new Database(join(dir, DB_FILE_NAME));
    raw.exec(`PRAGMA user_version = ${LATEST_SCHEMA + 1}`);
    raw.close();
    const error = (() => {
      try {
        openDatabase(dir).close();
        return null;
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toMatch(/saved by a newer version of Campaign Desk .*Nothing was changed/);
    const after = new Database(join(dir, DB_FILE_NAME));
    expect(schemaVersion(after)).toBe(LATEST_SCHEMA + 1);
    expect((after.prepare('PRAGMA journal_mode').get() as { journal_mode: string }).journal_mode).toBe('delete');
    after.close();
  });
});
