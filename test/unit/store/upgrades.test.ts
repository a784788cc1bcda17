import Database from 'libsql';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DB_FILE_NAME, LATEST_SCHEMA, openDatabase, schemaVersion, type Db } from '../../../src/main/store/db';
import { migrations } from '../../../src/main/store/migrations';
import { AccountsRepo } from '../../../src/main/store/accounts-repo';
import { PlansRepo } from '../../../src/main/store/plans-repo';
import { PlanCarryRepo } from '../../../src/main/store/plan-carry-repo';
import { ActivityRepo } from '../../../src/main/store/activity-repo';
import { CallDetailsRepo } from '../../../src/main/store/call-details-repo';
import { CampaignsRepo } from '../../../src/main/store/campaigns-repo';
import { ContactsRepo } from '../../../src/main/store/contacts-repo';
import { DraftsRepo } from '../../../src/main/store/drafts-repo';
import { OutboxRepo } from '../../../src/main/store/outbox-repo';
import { AppError } from '../../../src/shared/ipc/result';

/** The rows each version brought in, written as that version of the app would have left them. */
const SEEDS: Record<number, (db: Db) => void> = {
  1: (db) => {
    db.prepare(
      `INSERT INTO accounts (id, kind, name, account_sid, api_key, region, host, caller_id, created_at, updated_at)
       VALUES ('acme', 'exotel', 'Acme', 'acme1', 'key1', 'mumbai', 'https://api.in.exotel.com', '08047112345', '2026-01-01', '2026-01-01')`,
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
    const input = {
      name: 'December dues 0412',
      callerId: '08047112345',
      from: ['+919876543210'],
      flowType: 'greeting',
      readViaText: 'Your dues are pending',
    };
    db.prepare(
      `INSERT INTO outbox (id, account_id, kind, state, phase, title, key, item_json, message, history_json, attempts, queued_at, created_at, updated_at)
       VALUES ('o1', 'acme', 'campaign-create', 'failed', 'send', 'Launch “December dues”', 'December dues 0412', ?, 'Exotel refused the caller ID', ?, 1,
        '2026-01-04T10:00:00.000Z', '2026-01-04T10:00:00.000Z', '2026-01-04T10:01:00.000Z')`,
    ).run(
      JSON.stringify({
        kind: 'campaign-create',
        accountId: 'acme',
        title: 'Launch “December dues”',
        key: input.name,
        draftId: null,
        dependsOn: null,
        payload: { input, listFromItem: null },
      }),
      JSON.stringify([{ at: '2026-01-04T10:01:00.000Z', text: 'Exotel refused the caller ID' }]),
    );
  },
  5: (db) => {
    db.prepare(
      `INSERT INTO call_details (account_id, campaign_id, call_key, call_sid, number, status, date_created, created_ms, duration, attempt, data_json)
       VALUES ('acme', 'c1', 'sid:CA5', 'CA5', '+919876543210', 'completed', '2026-01-03 10:00:00', 1767434400000, 31, 1, '{"callSid":"CA5"}')`,
    ).run();
    db.prepare(
      `UPDATE campaigns SET calls_total = 1, calls_read = 1, calls_complete = 1, calls_synced_at = '2026-01-05', calls_pass = 'full', calls_full_at = '2026-01-05'
       WHERE id = 'c1'`,
    ).run();
  },
  6: (db) => {
    const fields = {
      audience: { kind: 'list', listId: 'l1' },
      skipEmptyFor: [],
      content: { kind: 'text', text: 'Hello @@Name, your dues are pending', flowType: 'greeting', repeatMenuAttempts: 0 },
      callerId: '08047112345',
      retries: { count: 1, intervalMins: 30, mechanism: 'Linear', onStatus: ['busy', 'no-answer'] },
      schedule: { kind: 'later', sendAt: '2026-01-10T10:00', endAt: '2026-01-10T18:00', timeZone: 'Asia/Kolkata' },
      mode: 'auto',
      throttle: 10,
      callDuplicateNumbers: false,
      statusCallback: '',
      callStatusCallback: '',
      callScheduleCallback: '',
      customField: '',
    };
    db.prepare(
      `INSERT INTO drafts (id, account_id, name, fields_json, created_at, updated_at) VALUES ('d1', 'acme', 'January dues', ?, '2026-01-06', '2026-01-06')`,
    ).run(JSON.stringify(fields));
    db.prepare(
      `UPDATE accounts SET account_throttle = 120, time_zone = 'Asia/Kolkata', test_call_number = '+919812345678' WHERE id = 'acme'`,
    ).run();
  },
  7: (db) => {
    db.prepare(
      `INSERT INTO call_details (account_id, campaign_id, call_key, call_sid, number, name, status, status_text, date_created, created_ms, duration,
        digit, start_time, end_time, caller_id, direction, attempt)
       VALUES ('acme', 'c1', 'sid:CA7', 'CA7', '+919876543210', 'Asha', 'busy', 'Busy', '2026-01-07 10:00:00', 1767780000000, 0,
        NULL, '2026-01-07 10:00:00', '2026-01-07 10:00:20', '08047112345', 'outbound-api', 1)`,
    ).run();
    db.prepare(
      `UPDATE campaigns SET calls_total = 1, calls_read = 1, calls_complete = 1, calls_synced_at = '2026-01-07' WHERE id = 'c1'`,
    ).run();
  },
  8: (db) => {
    db.prepare(
      `INSERT INTO outbox (id, account_id, kind, state, phase, title, key, campaign_id, item_json, history_json, attempts, queued_at, created_at, updated_at)
       VALUES ('o8', 'acme', 'campaign-update', 'queued', 'send', 'Change “November dues”', 'c1', 'c1', '{"kind":"campaign-update"}', '[]', 0,
        '2026-01-08T10:00:00.000Z', '2026-01-08T10:00:00.000Z', '2026-01-08T10:00:00.000Z')`,
    ).run();
  },
  9: (db) => {
    db.prepare(`UPDATE contact_lists SET name_columns = '[0]' WHERE id = 'l1'`).run();
  },
  10: (db) => {
    db.prepare(
      `UPDATE accounts SET calling_hours = '{"opens":"10:00","closes":"19:00","days":[1,2,3,4,5,6],"widenReason":""}' WHERE id = 'acme'`,
    ).run();
  },
  11: (db) => {
    db.prepare(`INSERT INTO activity (at, kind, message) VALUES ('2026-02-01', 'outbox', 'Paused “Dues”')`).run();
  },
  12: (db) => {
    new PlansRepo(db).insert({
      id: 'p1',
      accountId: 'acme',
      name: 'Dues',
      zone: 'Asia/Kolkata',
      draftId: null,
      createdAt: '2026-12-07T10:00:00Z',
      days: [1, 2].map((day) => ({
        day,
        sendAt: `2026-12-0${7 + day}T09:00:00+05:30`,
        endAt: `2026-12-0${7 + day}T21:00:00+05:30`,
        numbers: 10,
        firstNumber: (day - 1) * 10,
        itemId: `item-${day}`,
        key: `Dues · day ${day} of 2`,
      })),
    });
  },
  13: (db) => {
    const carry = new PlanCarryRepo(db);
    carry.record('p1', 1, ['+919800000001', '+919800000002'], '2026-12-08T21:00:00+05:30');
    carry.record('p1', 2, [], '2026-12-09T21:00:00+05:30');
    carry.insertDay(
      'p1',
      {
        day: 3,
        sendAt: '2026-12-09T09:00:00+05:30',
        endAt: '2026-12-09T21:00:00+05:30',
        numbers: 2,
        firstNumber: 0,
        itemId: 'item-3',
        key: 'Dues · day 2 of 2 · carried over',
      },
      1,
    );
    carry.decide('p1', 1, 'carried', 3, '2026-12-08T21:05:00Z');
  },
  14: () => undefined,
  15: (db) => {
    db.prepare(
      `INSERT INTO contact_lists (id, account_id, name, source_file, source_sheet, country, encoding, delimiter, headers, phone_column,
        variables, counts, block_size, state, created_at, updated_at)
       VALUES ('l15', 'acme', 'Leads', 'leads.xlsx', 'North “A”', 'IN', 'utf-8', ',', '["Name","Phone"]', 1, '[]',
        '{"rows":0,"valid":0,"invalid":0,"duplicate":0,"skippedEmpty":0,"ragged":0,"invalidReasons":{}}', 256, 'ready', '2026-12-08', '2026-12-08')`,
    ).run();
  },
};

/** What must still be there after the upgrade from version `from`, for the rows of each version. */
const CHECKS: Record<number, (db: Db, from: number) => void> = {
  1: (db) => {
    expect(db.prepare(`SELECT name, host, caller_ids FROM accounts WHERE id = 'acme'`).get()).toMatchObject({
      name: 'Acme',
      host: 'https://api.in.exotel.com',
      caller_ids: '["08047112345"]',
    });
    expect(db.prepare(`SELECT value FROM settings WHERE key = 'activeAccountId'`).get()).toMatchObject({ value: '"acme"' });
    expect(new ActivityRepo(db).recent(10).at(-1)).toMatchObject({ kind: 'account', message: 'Added account “Acme”' });
  },
  // A list imported before sheets were kept names no sheet.
  2: (db) => expect(new ContactsRepo(db).get('l1')).toMatchObject({ name: 'Dues', sourceFile: 'dues.csv', sourceSheet: null }),
  3: (db) =>
    expect(db.prepare(`SELECT name, status FROM campaigns WHERE id = 'c1'`).get()).toMatchObject({
      name: 'November dues',
      status: 'completed',
    }),
  4: (db) =>
    expect(new OutboxRepo(db).get('o1')).toMatchObject({
      kind: 'campaign-create',
      state: 'failed',
      key: 'December dues 0412',
      message: 'Exotel refused the caller ID',
      attempts: 1,
      item: { payload: { input: { name: 'December dues 0412', from: ['+919876543210'] } } },
      history: [{ text: 'Exotel refused the caller ID' }],
    }),
  // The call cache is rebuilt at version 7 (its rows can always be read again): a version 5 or 6 file keeps the
  // campaign and has its calls read afresh, never a stale copy of them.
  5: (db, from) => {
    expect(
      new CallDetailsRepo(db).page('acme', 'c1', { sort: 'time', desc: false, offset: 0, limit: 10 }).rows.map((r) => r.key),
    ).not.toContain('sid:CA5');
    if (from < 7)
      expect(new CampaignsRepo(db).get('acme', 'c1')?.calls).toMatchObject({
        total: null,
        read: 0,
        complete: false,
        at: null,
        pass: 'tail',
      });
  },
  6: (db) => {
    expect(new DraftsRepo(db).get('d1')).toMatchObject({
      name: 'January dues',
      accountId: 'acme',
      audience: { kind: 'list', listId: 'l1' },
      content: { text: 'Hello @@Name, your dues are pending' },
      schedule: { kind: 'later', sendAt: '2026-01-10T10:00', timeZone: 'Asia/Kolkata' },
      launchedItemId: null,
    });
    expect(db.prepare(`SELECT account_throttle, time_zone, test_call_number FROM accounts WHERE id = 'acme'`).get()).toMatchObject({
      account_throttle: 120,
      time_zone: 'Asia/Kolkata',
      test_call_number: '+919812345678',
    });
  },
  7: (db) => {
    expect(new CallDetailsRepo(db).page('acme', 'c1', { sort: 'time', desc: false, offset: 0, limit: 10 }).rows).toEqual([
      expect.objectContaining({
        key: 'sid:CA7',
        number: '+919876543210',
        name: 'Asha',
        status: 'busy',
        statusText: 'Busy',
        callerId: '08047112345',
      }),
    ]);
    expect(new CampaignsRepo(db).get('acme', 'c1')?.calls).toMatchObject({ total: 1, read: 1, complete: true, at: '2026-01-07' });
  },
  // From version 8 the outbox takes campaign updates, and an item copied over keeps its place in the queue.
  8: (db, from) => {
    const rows = db.prepare(`SELECT id, kind, seq FROM outbox ORDER BY seq`).all() as Array<{ id: string; kind: string; seq: number }>;
    expect(rows.map((r) => r.kind)).toContain('campaign-update');
    if (from < 8) expect(rows.map((r) => r.id)).toEqual(['o1', 'o8']);
  },
  // From version 9 a list keeps its name columns; one imported before has none.
  9: (db, from) => {
    expect(new ContactsRepo(db).get('l1')?.nameColumns).toEqual(from < 9 ? [] : [0]);
  },
  // Accounts from before version 10 keep their country's default hours; later ones keep what they set.
  10: (db, from) => {
    const hours = new AccountsRepo(db).get('acme')?.callingHours;
    if (from < 10) expect(hours).toBeNull();
    else expect(hours).toEqual({ opens: '10:00', closes: '19:00', days: [1, 2, 3, 4, 5, 6], widenReason: '' });
  },
  // The Activity lines of every version stay, oldest last, whichever name their table had.
  11: (db, from) => {
    const lines = new ActivityRepo(db).recent(10).map((l) => l.message);
    expect(lines).toEqual(from < 11 ? ['Added account “Acme”'] : ['Paused “Dues”', 'Added account “Acme”']);
  },
  // From version 15 a list from a workbook keeps its sheet's name, as on its tab.
  15: (db) => expect(new ContactsRepo(db).get('l15')).toMatchObject({ sourceFile: 'leads.xlsx', sourceSheet: 'North “A”' }),
  // A plan's days stay with their items; files from before version 12 have no plans.
  12: (db, from) => {
    const plans = new PlansRepo(db).list('acme');
    if (from < 12) expect(plans).toEqual([]);
    else
      // Day 3 from version 13 on is a catch-up run (checked below).
      expect(plans[0]?.days.filter((d) => d.day <= 2).map((d) => [d.day, d.itemId, d.key])).toEqual([
        [1, 'item-1', 'Dues · day 1 of 2'],
        [2, 'item-2', 'Dues · day 2 of 2'],
      ]);
  },
  // What a day left and where it went stay recorded, so nothing is carried a second time after the upgrade.
  13: (db, from) => {
    const carry = new PlanCarryRepo(db);
    if (from < 12) return;
    if (from < 13) {
      expect(carry.withLeftovers('acme')).toEqual([]);
      expect(carry.carriedDays('p1').size).toBe(0);
      return;
    }
    expect(carry.withLeftovers('acme').map((r) => [r.fromDay, r.state, r.intoDay, r.numbers])).toEqual([
      [1, 'carried', 3, ['+919800000001', '+919800000002']],
    ]);
    expect(carry.recordedDays('p1')).toEqual(new Set([1, 2]));
    expect([...carry.carriedDays('p1')]).toEqual([[3, 1]]);
  },
  // From version 14 the Results screen reads calls through its own indexes, whatever version the file came from.
  14: (db) => {
    const names = (
      db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'call_details'`).all() as Array<{ name: string }>
    ).map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(['call_details_by_account_time', 'call_details_by_week_quarter']));
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
    for (const m of migrations) {
      expect(SEEDS[m.version], `seed for ${m.version}`).toBeTypeOf('function');
      expect(CHECKS[m.version], `check for ${m.version}`).toBeTypeOf('function');
    }
  });

  // The latest version's own file too: opening it changes nothing.
  for (let from = 1; from <= LATEST_SCHEMA; from++) {
    it(`brings a version ${from} file up to date with its rows intact`, () => {
      const db = openDatabase(folderAt(from));
      try {
        expect(schemaVersion(db)).toBe(LATEST_SCHEMA);
        for (let v = 1; v <= from; v++) CHECKS[v]?.(db, from);
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
