import { CallExportReader } from './call-export-reader';
import type { Db } from './db';
import type { CallRow, CallSort } from '../../shared/campaigns/schemas';
import type { CallDetail } from '../../shared/exotel';

/** A call as the cache keys it: Exotel's call_sid, or number + date_created + attempt when it sent none. */
export interface KeyedCall {
  key: string;
  call: CallDetail;
}

export interface CallsFilter {
  statuses?: readonly string[];
  /** Part of a number, digits only or with +. */
  search?: string;
}

/** Keys for a page of calls; two sid-less calls to one number at the same second count as attempts 1, 2... */
export function keyCalls(calls: readonly CallDetail[]): KeyedCall[] {
  const seen = new Map<string, number>();
  return calls.map((call) => {
    if (call.callSid) return { key: `sid:${call.callSid}`, call };
    const base = `${call.number}|${call.dateCreated ?? ''}`;
    const attempt = (seen.get(base) ?? 0) + 1;
    seen.set(base, attempt);
    return { key: `row:${base}|${attempt}`, call };
  });
}

const ORDER: Record<CallSort, string> = {
  time: 'created_ms, rowid',
  number: 'number, created_ms, rowid',
  duration: 'duration, created_ms, rowid',
  status: 'status, created_ms, rowid',
};

function orderBy(sort: CallSort, desc: boolean): string {
  return ORDER[sort]
    .split(', ')
    .map((column) => `${column}${desc ? ' DESC' : ''}`)
    .join(', ');
}

interface Where {
  sql: string;
  args: unknown[];
}

function where(accountId: string, campaignId: string, filter: CallsFilter): Where {
  let sql = 'account_id = ? AND campaign_id = ?';
  const args: unknown[] = [accountId, campaignId];
  if (filter.statuses?.length) {
    sql += ` AND status IN (${filter.statuses.map(() => '?').join(', ')})`;
    args.push(...filter.statuses);
  }
  const digits = (filter.search ?? '').replace(/[^\d]/g, '');
  if (digits) {
    sql += " AND instr(replace(number, '+', ''), ?) > 0";
    args.push(digits);
  }
  return { sql, args };
}

export interface StoredCall extends CallDetail {
  key: string;
  attempt: number;
}

/** The columns a stored call is read from, in the order `toStored` takes them. */
export const CALL_COLUMNS =
  'call_key, attempt, call_sid, number, name, duration, status, status_text, digit, recording_url, date_created, start_time, end_time, caller_id, direction';

export type RawCall = [
  string,
  number,
  string | null,
  string,
  string | null,
  number | null,
  string,
  string,
  string | null,
  string | null,
  string | null,
  string | null,
  string | null,
  string | null,
  string | null,
];

// Rows come as arrays (libsql's raw mode): no object with 15 keys made per row, which matters at 100,000 rows.
export function toStored(r: RawCall): StoredCall {
  return {
    key: r[0],
    attempt: Number(r[1]),
    callSid: r[2],
    number: r[3],
    name: r[4],
    durationSeconds: r[5] === null ? null : Number(r[5]),
    status: r[6] as CallDetail['status'],
    statusText: r[7],
    digit: r[8],
    recordingUrl: r[9],
    dateCreated: r[10],
    startTime: r[11],
    endTime: r[12],
    callerId: r[13],
    direction: r[14],
  };
}

/** The calls of each cached campaign, one row per call however often Exotel's pages showed it. */
export class CallDetailsRepo {
  constructor(private readonly db: Db) {}

  /** Adds or replaces calls by their key, then numbers the attempts of every number they touched. */
  put(accountId: string, campaignId: string, calls: readonly KeyedCall[]): void {
    if (calls.length === 0) return;
    const put = this.db.prepare(
      `INSERT INTO call_details (account_id, campaign_id, call_key, call_sid, number, name, status, status_text, date_created, created_ms,
         duration, digit, recording_url, start_time, end_time, caller_id, direction)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (account_id, campaign_id, call_key) DO UPDATE SET call_sid = excluded.call_sid, number = excluded.number,
         name = excluded.name, status = excluded.status, status_text = excluded.status_text, date_created = excluded.date_created,
         created_ms = excluded.created_ms, duration = excluded.duration, digit = excluded.digit, recording_url = excluded.recording_url,
         start_time = excluded.start_time, end_time = excluded.end_time, caller_id = excluded.caller_id, direction = excluded.direction`,
    );
    const renumber = this.db.prepare(
      `UPDATE call_details AS c SET attempt = (
         SELECT COUNT(*) FROM call_details d WHERE d.account_id = c.account_id AND d.campaign_id = c.campaign_id AND d.number = c.number
           AND (COALESCE(d.created_ms, 0) < COALESCE(c.created_ms, 0) OR (COALESCE(d.created_ms, 0) = COALESCE(c.created_ms, 0) AND d.rowid <= c.rowid)))
       WHERE account_id = ? AND campaign_id = ? AND number = ?`,
    );
    this.db.transaction(() => {
      const numbers = new Set<string>();
      for (const { key, call: c } of calls) {
        const ms = c.dateCreated ? Date.parse(c.dateCreated) : Number.NaN;
        put.run(
          accountId,
          campaignId,
          key,
          c.callSid,
          c.number,
          c.name,
          c.status,
          c.statusText,
          c.dateCreated,
          Number.isNaN(ms) ? null : ms,
          c.durationSeconds,
          c.digit,
          c.recordingUrl,
          c.startTime,
          c.endTime,
          c.callerId,
          c.direction,
        );
        numbers.add(c.number);
      }
      for (const number of numbers) renumber.run(accountId, campaignId, number);
    })();
  }

  /** When the newest cached call started (ms), or null when none is cached. */
  newestStart(accountId: string, campaignId: string): number | null {
    const row = this.db
      .prepare('SELECT MAX(created_ms) AS t FROM call_details WHERE account_id = ? AND campaign_id = ?')
      .get(accountId, campaignId) as {
      t: number | null;
    };
    return row.t === null ? null : Number(row.t);
  }

  /** Cached calls that started before `beforeMs`: they can no longer move in Exotel's oldest-first list. */
  countStartedBefore(accountId: string, campaignId: string, beforeMs: number): number {
    const row = this.db
      .prepare('SELECT COUNT(*) AS n FROM call_details WHERE account_id = ? AND campaign_id = ? AND created_ms < ?')
      .get(accountId, campaignId, beforeMs) as { n: number };
    return Number(row.n);
  }

  /** Calls by outcome; they add up to every cached call of the campaign. */
  callCounts(accountId: string, campaignId: string): Record<string, number> {
    const rows = this.db
      .prepare('SELECT status, COUNT(*) AS n FROM call_details WHERE account_id = ? AND campaign_id = ? GROUP BY status')
      .all(accountId, campaignId) as Array<{ status: string; n: number }>;
    return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
  }

  /** Whether any cached call of the campaign has a digit pressed (an IVR key). */
  hasDigit(accountId: string, campaignId: string): boolean {
    const found = this.db
      .prepare("SELECT 1 AS yes FROM call_details WHERE account_id = ? AND campaign_id = ? AND digit IS NOT NULL AND digit <> '' LIMIT 1")
      .get(accountId, campaignId) as { yes: number } | undefined;
    return found !== undefined;
  }

  /** Numbers by the outcome of their latest call: what each number finally got. */
  numberCounts(accountId: string, campaignId: string): Record<string, number> {
    const rows = this.db
      .prepare(
        `SELECT status, COUNT(*) AS n FROM (
           SELECT status, ROW_NUMBER() OVER (PARTITION BY number ORDER BY attempt DESC) AS latest
           FROM call_details WHERE account_id = ? AND campaign_id = ?
         ) WHERE latest = 1 GROUP BY status`,
      )
      .all(accountId, campaignId) as Array<{ status: string; n: number }>;
    return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
  }

  page(
    accountId: string,
    campaignId: string,
    q: CallsFilter & { sort: CallSort; desc: boolean; offset: number; limit: number },
  ): { total: number; rows: CallRow[] } {
    const w = where(accountId, campaignId, q);
    const total = this.db.prepare(`SELECT COUNT(*) AS n FROM call_details WHERE ${w.sql}`).get(...w.args) as { n: number };
    const rows = this.db
      .prepare(`SELECT ${CALL_COLUMNS} FROM call_details WHERE ${w.sql} ORDER BY ${orderBy(q.sort, q.desc)} LIMIT ? OFFSET ?`)
      .raw(true)
      .all(...w.args, q.limit, q.offset) as RawCall[];
    return { total: Number(total.n), rows: rows.map(toStored) };
  }

  /** Every call oldest first, or only each number's latest call; read one row at a time so 100,000 rows stay small. */
  *iterate(accountId: string, campaignId: string, latestOnly: boolean): Generator<StoredCall> {
    const sql = latestOnly
      ? `SELECT ${CALL_COLUMNS} FROM (
           SELECT ${CALL_COLUMNS}, created_ms, rowid AS rid, ROW_NUMBER() OVER (PARTITION BY number ORDER BY attempt DESC) AS latest
           FROM call_details WHERE account_id = ? AND campaign_id = ?
         ) WHERE latest = 1 ORDER BY created_ms, rid`
      : `SELECT ${CALL_COLUMNS} FROM call_details WHERE account_id = ? AND campaign_id = ? ORDER BY created_ms, rowid`;
    const statement = this.db.prepare(sql).raw(true);
    for (const row of statement.iterate(accountId, campaignId) as Iterable<RawCall>) yield toStored(row);
  }

  /** The reader exports use: cells formatted by SQLite, for speed at 100,000 calls. */
  exportReader(): CallExportReader {
    return new CallExportReader(this.db);
  }

  count(accountId: string, campaignId: string, latestOnly: boolean): number {
    const sql = latestOnly
      ? 'SELECT COUNT(DISTINCT number) AS n FROM call_details WHERE account_id = ? AND campaign_id = ?'
      : 'SELECT COUNT(*) AS n FROM call_details WHERE account_id = ? AND campaign_id = ?';
    return Number((this.db.prepare(sql).get(accountId, campaignId) as { n: number }).n);
  }
}
