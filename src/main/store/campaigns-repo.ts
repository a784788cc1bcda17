import type { Db } from './db';
import { cleanRow } from './db';
import type { CallRow, CampaignRow, StatSnapshot } from '../../shared/campaigns/schemas';
import { STAT_FIELDS, statsFinished, statsTotal, type CallDetail, type Campaign, type CampaignStats, type CampaignStatus } from '../../shared/exotel';

/** The stats as text in one fixed field order, so equal numbers always compare equal. */
export function statsKey(stats: CampaignStats): string {
  return JSON.stringify(Object.fromEntries(STAT_FIELDS.map((f) => [f.key, stats[f.key]])));
}

export interface CachedCampaign {
  campaign: Campaign;
  lastSyncedAt: string;
  callsTotal: number | null;
  /** How far into Exotel's list of calls the cache has read (unreadable rows included). */
  callsRead: number;
  callsComplete: boolean;
  callsSyncedAt: string | null;
}

interface CampaignDbRow {
  id: string;
  name: string;
  status: CampaignStatus;
  status_text: string;
  date_created: string | null;
  stats_json: string | null;
  total: number;
  finished: number;
  data_json: string;
  last_synced_at: string;
  calls_total: number | null;
  calls_read: number;
  calls_complete: number;
  calls_synced_at: string | null;
}

function toRow(raw: CampaignDbRow): CampaignRow {
  const r = cleanRow(raw);
  return {
    id: r.id,
    name: r.name,
    status: r.status,
    statusText: r.status_text,
    dateCreated: r.date_created,
    stats: r.stats_json ? (JSON.parse(r.stats_json) as CampaignStats) : null,
    total: Number(r.total),
    finished: Number(r.finished),
    lastSyncedAt: r.last_synced_at,
  };
}

/** Campaigns, their stat snapshots and call details as last read from Exotel, per account. */
export class CampaignsRepo {
  constructor(private readonly db: Db) {}

  transaction<T>(work: () => T): T {
    return this.db.transaction(work)();
  }

  list(accountId: string): CampaignRow[] {
    const rows = this.db
      .prepare('SELECT * FROM campaigns WHERE account_id = ? ORDER BY date_created DESC, name COLLATE NOCASE')
      .all(accountId) as CampaignDbRow[];
    return rows.map(toRow);
  }

  get(accountId: string, id: string): CachedCampaign | null {
    const raw = this.db.prepare('SELECT * FROM campaigns WHERE account_id = ? AND id = ?').get(accountId, id) as CampaignDbRow | undefined;
    if (!raw) return null;
    const r = cleanRow(raw);
    return {
      campaign: JSON.parse(r.data_json) as Campaign,
      lastSyncedAt: r.last_synced_at,
      callsTotal: r.calls_total === null ? null : Number(r.calls_total),
      callsRead: Number(r.calls_read),
      callsComplete: Number(r.calls_complete) === 1,
      callsSyncedAt: r.calls_synced_at,
    };
  }

  upsert(accountId: string, c: Campaign, syncedAt: string): void {
    this.db
      .prepare(
        `INSERT INTO campaigns (account_id, id, name, status, status_text, date_created, stats_json, total, finished, data_json, last_synced_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (account_id, id) DO UPDATE SET name = excluded.name, status = excluded.status, status_text = excluded.status_text,
           date_created = excluded.date_created, stats_json = excluded.stats_json, total = excluded.total, finished = excluded.finished,
           data_json = excluded.data_json, last_synced_at = excluded.last_synced_at`,
      )
      .run(
        accountId,
        c.id,
        c.name,
        c.status,
        c.statusText,
        c.dateCreated,
        c.stats ? statsKey(c.stats) : null,
        c.stats ? statsTotal(c.stats) : 0,
        c.stats ? statsFinished(c.stats) : 0,
        JSON.stringify(c),
        syncedAt,
      );
  }

  /** Drops the campaigns a complete sync no longer found on Exotel (deleted there); returns how many. */
  removeOthers(accountId: string, keep: ReadonlySet<string>): number {
    const ids = (this.db.prepare('SELECT id FROM campaigns WHERE account_id = ?').all(accountId) as Array<{ id: string }>).map((r) => r.id);
    const drop = this.db.prepare('DELETE FROM campaigns WHERE account_id = ? AND id = ?');
    let removed = 0;
    for (const id of ids) if (!keep.has(id)) removed += drop.run(accountId, id).changes;
    return removed;
  }

  latestSnapshotKey(accountId: string, campaignId: string): string | null {
    const row = this.db
      .prepare('SELECT stats_json FROM stat_snapshots WHERE account_id = ? AND campaign_id = ? ORDER BY id DESC LIMIT 1')
      .get(accountId, campaignId) as { stats_json: string } | undefined;
    return row ? row.stats_json : null;
  }

  addSnapshot(accountId: string, campaignId: string, at: string, stats: CampaignStats): void {
    this.db
      .prepare('INSERT INTO stat_snapshots (account_id, campaign_id, at, stats_json) VALUES (?, ?, ?, ?)')
      .run(accountId, campaignId, at, statsKey(stats));
  }

  snapshots(accountId: string, campaignId: string): StatSnapshot[] {
    const rows = this.db
      .prepare('SELECT at, stats_json FROM stat_snapshots WHERE account_id = ? AND campaign_id = ? ORDER BY id')
      .all(accountId, campaignId) as Array<{ at: string; stats_json: string }>;
    return rows.map((r) => ({ at: r.at, stats: JSON.parse(r.stats_json) as CampaignStats }));
  }

  markAccountSynced(accountId: string, at: string): void {
    this.db
      .prepare('INSERT INTO campaign_syncs (account_id, synced_at) VALUES (?, ?) ON CONFLICT (account_id) DO UPDATE SET synced_at = excluded.synced_at')
      .run(accountId, at);
  }

  accountSyncedAt(accountId: string): string | null {
    const row = this.db.prepare('SELECT synced_at FROM campaign_syncs WHERE account_id = ?').get(accountId) as { synced_at: string } | undefined;
    return row ? row.synced_at : null;
  }

  /** Stores calls at their positions in Exotel's oldest-first list; a position read again is replaced. */
  putCalls(accountId: string, campaignId: string, calls: readonly { seq: number; call: CallDetail }[]): void {
    const put = this.db.prepare(
      `INSERT INTO call_details (account_id, campaign_id, seq, call_sid, number, status, date_created, data_json)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (account_id, campaign_id, seq) DO UPDATE SET call_sid = excluded.call_sid, number = excluded.number,
         status = excluded.status, date_created = excluded.date_created, data_json = excluded.data_json`,
    );
    for (const { seq, call: c } of calls) put.run(accountId, campaignId, seq, c.callSid, c.number, c.status, c.dateCreated, JSON.stringify(c));
  }

  setCallsState(accountId: string, campaignId: string, state: { total: number | null; read: number; complete: boolean; at: string }): void {
    this.db
      .prepare('UPDATE campaigns SET calls_total = ?, calls_read = ?, calls_complete = ?, calls_synced_at = ? WHERE account_id = ? AND id = ?')
      .run(state.total, state.read, state.complete ? 1 : 0, state.at, accountId, campaignId);
  }

  callCounts(accountId: string, campaignId: string): Record<string, number> {
    const rows = this.db
      .prepare('SELECT status, COUNT(*) AS n FROM call_details WHERE account_id = ? AND campaign_id = ? GROUP BY status')
      .all(accountId, campaignId) as Array<{ status: string; n: number }>;
    return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
  }

  callsPage(accountId: string, campaignId: string, statuses: readonly string[], offset: number, limit: number): { total: number; rows: CallRow[] } {
    const filter = statuses.length ? ` AND status IN (${statuses.map(() => '?').join(', ')})` : '';
    const args = [accountId, campaignId, ...statuses];
    const total = this.db.prepare(`SELECT COUNT(*) AS n FROM call_details WHERE account_id = ? AND campaign_id = ?${filter}`).get(...args) as { n: number };
    const rows = this.db
      .prepare(`SELECT seq, data_json FROM call_details WHERE account_id = ? AND campaign_id = ?${filter} ORDER BY seq LIMIT ? OFFSET ?`)
      .all(...args, limit, offset) as Array<{ seq: number; data_json: string }>;
    return { total: Number(total.n), rows: rows.map((r) => ({ ...(JSON.parse(r.data_json) as CallDetail), seq: Number(r.seq) })) };
  }
}
