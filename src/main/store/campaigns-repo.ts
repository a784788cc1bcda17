import type { Db } from './db';
import { cleanRow } from './db';
import type { CampaignRow, StatSnapshot } from '../../shared/campaigns/schemas';
import { STAT_FIELDS, statsFinished, statsTotal, type Campaign, type CampaignStats, type CampaignStatus } from '../../shared/exotel';

/** The stats as text in one fixed field order, so equal numbers always compare equal. */
export function statsKey(stats: CampaignStats): string {
  return JSON.stringify(Object.fromEntries(STAT_FIELDS.map((f) => [f.key, stats[f.key]])));
}

/**
 * Where reading a campaign's calls stands. A pass walks Exotel's oldest-first list from a start offset to the
 * end: a 'tail' pass while the campaign runs (from the calls that can no longer move), a 'full' pass from the
 * first call once it is final. `read` is the offset the pass reached, so a stopped pass resumes there.
 */
export interface CallsState {
  total: number | null;
  read: number;
  complete: boolean;
  at: string | null;
  /**
   * 'final' is a full pass begun once Exotel's figures showed nothing under way; only such a pass can find
   * every call, since a call still on is listed only when it ends.
   */
  pass: 'tail' | 'full' | 'final';
  /** When a 'final' pass ended having found every call Exotel's figures count: they are then all in the cache. */
  fullAt: string | null;
  /** Rows Exotel sent that could not be read, in the last pass. */
  unreadable: number;
}

export interface CachedCampaign {
  campaign: Campaign;
  lastSyncedAt: string;
  calls: CallsState;
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
  calls_pass: string;
  calls_full_at: string | null;
  calls_unreadable: number;
}

function toRow(raw: CampaignDbRow, listSize: (sid: string) => number | null = () => null): CampaignRow {
  const r = cleanRow(raw);
  const planned = r.status === 'created' ? plannedNumbers(JSON.parse(r.data_json) as Campaign, listSize) : { sendAt: null, planned: null };
  return {
    ...planned,
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

/** A scheduled campaign's start and how many numbers it will call, as far as this computer knows them. */
function plannedNumbers(c: Campaign, listSize: (sid: string) => number | null): { sendAt: string | null; planned: number | null } {
  const sendAt = c.schedule?.sendAt ?? null;
  if (c.from.length === 0 && c.lists.length === 0) return { sendAt, planned: null };
  let planned = new Set(c.from).size;
  for (const sid of c.lists) {
    const size = listSize(sid);
    if (size === null) return { sendAt, planned: null };
    planned += size;
  }
  return { sendAt, planned };
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
    // A list sent from here knows how many numbers Exotel accepted into it.
    const sizes = this.db.prepare('SELECT MAX(accepted) AS n FROM contact_list_exotel WHERE account_id = ? AND sid = ?');
    const listSize = (sid: string): number | null => {
      const found = sizes.get(accountId, sid) as { n: number | null } | undefined;
      return found?.n === null || found?.n === undefined ? null : Number(found.n);
    };
    return rows.map((row) => toRow(row, listSize));
  }

  get(accountId: string, id: string): CachedCampaign | null {
    const raw = this.db.prepare('SELECT * FROM campaigns WHERE account_id = ? AND id = ?').get(accountId, id) as CampaignDbRow | undefined;
    if (!raw) return null;
    const r = cleanRow(raw);
    return {
      campaign: JSON.parse(r.data_json) as Campaign,
      lastSyncedAt: r.last_synced_at,
      calls: {
        total: r.calls_total === null ? null : Number(r.calls_total),
        read: Number(r.calls_read),
        complete: Number(r.calls_complete) === 1,
        at: r.calls_synced_at,
        pass: r.calls_pass === 'full' || r.calls_pass === 'final' ? r.calls_pass : 'tail',
        fullAt: r.calls_full_at,
        unreadable: Number(r.calls_unreadable),
      },
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
      .prepare(
        'INSERT INTO campaign_syncs (account_id, synced_at) VALUES (?, ?) ON CONFLICT (account_id) DO UPDATE SET synced_at = excluded.synced_at',
      )
      .run(accountId, at);
  }

  accountSyncedAt(accountId: string): string | null {
    const row = this.db.prepare('SELECT synced_at FROM campaign_syncs WHERE account_id = ?').get(accountId) as
      { synced_at: string } | undefined;
    return row ? row.synced_at : null;
  }

  setCallsState(accountId: string, campaignId: string, state: CallsState): void {
    this.db
      .prepare(
        `UPDATE campaigns SET calls_total = ?, calls_read = ?, calls_complete = ?, calls_synced_at = ?, calls_pass = ?, calls_full_at = ?,
           calls_unreadable = ? WHERE account_id = ? AND id = ?`,
      )
      .run(state.total, state.read, state.complete ? 1 : 0, state.at, state.pass, state.fullAt, state.unreadable, accountId, campaignId);
  }
}
