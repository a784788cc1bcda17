import { DraftFields, type Draft } from '../../shared/compose/draft';
import { cleanRow, type Db } from './db';

interface DraftRow {
  id: string;
  account_id: string;
  name: string;
  fields_json: string;
  created_at: string;
  updated_at: string;
  launched_item_id: string | null;
  launched_at: string | null;
  edits_campaign_id: string | null;
}

export interface DraftRecord extends Draft {
  launchedAt: string | null;
}

function toRecord(raw: DraftRow): DraftRecord {
  const r = cleanRow(raw);
  // Parsed with the current schema so a draft saved by an older build still reads as a whole draft.
  const fields = DraftFields.parse({ ...(JSON.parse(r.fields_json) as object), name: r.name });
  return {
    ...fields,
    id: r.id,
    accountId: r.account_id,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    launchedItemId: r.launched_item_id,
    launchedAt: r.launched_at,
    editsCampaignId: r.edits_campaign_id ?? null,
  };
}

/**
 * Campaign drafts. Every save is its own committed statement, so what the user typed is on disk when the
 * call returns (WAL: an application crash right after loses nothing).
 */
export class DraftsRepo {
  private readonly byId;
  private readonly write;

  constructor(private readonly db: Db) {
    this.byId = db.prepare('SELECT * FROM drafts WHERE id = ?');
    this.write = db.prepare('UPDATE drafts SET name = ?, fields_json = ?, updated_at = ? WHERE id = ? AND launched_item_id IS NULL');
  }

  list(accountId: string): DraftRecord[] {
    const rows = this.db
      .prepare('SELECT * FROM drafts WHERE account_id = ? ORDER BY updated_at DESC, rowid DESC')
      .all(accountId) as DraftRow[];
    return rows.map(toRecord);
  }

  get(id: string): DraftRecord | null {
    const row = this.byId.get(id) as DraftRow | undefined;
    return row ? toRecord(row) : null;
  }

  /** Names of the account's drafts, for picking a name nobody uses yet. */
  names(accountId: string): string[] {
    return (this.db.prepare('SELECT name FROM drafts WHERE account_id = ?').all(accountId) as Array<{ name: string }>).map((r) => r.name);
  }

  insert(draft: { id: string; accountId: string; fields: DraftFields; at: string; editsCampaignId?: string | null }): void {
    const { name, ...rest } = draft.fields;
    this.db
      .prepare(
        'INSERT INTO drafts (id, account_id, name, fields_json, created_at, updated_at, edits_campaign_id) VALUES (?, ?, ?, ?, ?, ?, ?)',
      )
      .run(draft.id, draft.accountId, name, JSON.stringify(rest), draft.at, draft.at, draft.editsCampaignId ?? null);
  }

  /** The edit of this campaign still being written, if any: "Edit" twice opens the same draft. */
  openEditOf(accountId: string, campaignId: string): string | null {
    const row = this.db
      .prepare(
        'SELECT id FROM drafts WHERE account_id = ? AND edits_campaign_id = ? AND launched_item_id IS NULL ORDER BY updated_at DESC LIMIT 1',
      )
      .get(accountId, campaignId) as { id: string } | undefined;
    return row?.id ?? null;
  }

  /** False when the draft is gone or was launched (a launched draft never changes). */
  save(id: string, fields: DraftFields, at: string): boolean {
    const { name, ...rest } = fields;
    return this.write.run(name, JSON.stringify(rest), at, id).changes > 0;
  }

  /** Marks the draft launched by an outbox item; false when it was launched already. */
  markLaunched(id: string, itemId: string, at: string): boolean {
    return (
      this.db
        .prepare('UPDATE drafts SET launched_item_id = ?, launched_at = ?, updated_at = ? WHERE id = ? AND launched_item_id IS NULL')
        .run(itemId, at, at, id).changes > 0
    );
  }

  delete(id: string): boolean {
    return this.db.prepare('DELETE FROM drafts WHERE id = ?').run(id).changes > 0;
  }
}
