import type { Db } from './db';

/**
 * Reads a campaign's cached calls for an export, in the order the export writes them (by when each call was
 * made): only the columns the export writes, as arrays, so 100,000 rows cross into JavaScript without an
 * object of fifteen fields each. `latestOnly` keeps each number's latest call.
 */
export class CallExportReader {
  constructor(private readonly db: Db) {}

  private from(latestOnly: boolean): string {
    return latestOnly
      ? `(SELECT *, rowid AS rid, ROW_NUMBER() OVER (PARTITION BY number ORDER BY attempt DESC) AS latest
           FROM call_details WHERE account_id = ? AND campaign_id = ?) WHERE latest = 1`
      : `(SELECT *, rowid AS rid FROM call_details WHERE account_id = ? AND campaign_id = ?)`;
  }

  /** One array per call of the values of `select` (SQL expressions over call_details' columns), then its rowid. */
  *rows(accountId: string, campaignId: string, latestOnly: boolean, select: readonly string[]): Generator<unknown[]> {
    const sql = `SELECT ${[...select, 'rid'].join(', ')} FROM ${this.from(latestOnly)} ORDER BY created_ms, rid`;
    yield* this.db.prepare(sql).raw(true).iterate(accountId, campaignId) as Iterable<unknown[]>;
  }

  /** Whether any call has something for each check (SQL conditions), over the calls the export writes. */
  present<K extends string>(accountId: string, campaignId: string, latestOnly: boolean, checks: Record<K, string>): Record<K, boolean> {
    const keys = Object.keys(checks) as K[];
    if (keys.length === 0) return {} as Record<K, boolean>;
    if (latestOnly) {
      const sql = `SELECT ${keys.map((k) => `coalesce(max(${checks[k]}), 0)`).join(', ')} FROM ${this.from(latestOnly)}`;
      const row = this.db.prepare(sql).raw(true).get(accountId, campaignId) as unknown[];
      return Object.fromEntries(keys.map((k, i) => [k, Number(row[i]) === 1])) as Record<K, boolean>;
    }
    // One EXISTS a check stops at the first call that has it: a column most calls fill costs a row or two,
    // where max() over every call read the whole campaign for each.
    const sql = `SELECT ${keys.map((k) => `EXISTS (SELECT 1 FROM call_details WHERE account_id = ? AND campaign_id = ? AND (${checks[k]}))`).join(', ')}`;
    const row = this.db
      .prepare(sql)
      .raw(true)
      .get(keys.flatMap(() => [accountId, campaignId])) as unknown[];
    return Object.fromEntries(keys.map((k, i) => [k, Number(row[i]) === 1])) as Record<K, boolean>;
  }

  /** The numbers called, each once. */
  *numbers(accountId: string, campaignId: string): Generator<string> {
    const rows = this.db
      .prepare('SELECT DISTINCT number FROM call_details WHERE account_id = ? AND campaign_id = ?')
      .raw(true)
      .iterate(accountId, campaignId);
    for (const row of rows as Iterable<[string]>) yield row[0];
  }

  /** When the first and the last call were made (ms), or null when no call has a time. */
  timeRange(accountId: string, campaignId: string): { from: number; to: number } | null {
    const row = this.db
      .prepare('SELECT min(created_ms), max(created_ms) FROM call_details WHERE account_id = ? AND campaign_id = ?')
      .raw(true)
      .get(accountId, campaignId) as [number | null, number | null];
    return row[0] === null || row[1] === null ? null : { from: Number(row[0]), to: Number(row[1]) };
  }
}
