import type { PlanDay } from '../../shared/plans/schemas';
import { cleanRow, type Db } from './db';

export interface PlanRecord {
  id: string;
  accountId: string;
  name: string;
  zone: string;
  draftId: string | null;
  createdAt: string;
  days: PlanDay[];
}

interface PlanRow {
  id: string;
  account_id: string;
  name: string;
  zone: string;
  draft_id: string | null;
  created_at: string;
}

interface DayRow {
  plan_id: string;
  day: number;
  send_at: string;
  end_at: string | null;
  numbers: number;
  first_number: number;
  item_id: string;
  key: string;
}

function dayOf(raw: DayRow): PlanDay {
  const r = cleanRow(raw);
  return {
    day: Number(r.day),
    sendAt: r.send_at,
    endAt: r.end_at,
    numbers: Number(r.numbers),
    firstNumber: Number(r.first_number),
    itemId: r.item_id,
    key: r.key,
  };
}

/** Plans of daily runs and their days; the days' campaigns themselves are outbox items, then Exotel campaigns. */
export class PlansRepo {
  constructor(private readonly db: Db) {}

  insert(plan: PlanRecord): void {
    this.db
      .prepare('INSERT INTO plans (id, account_id, name, zone, draft_id, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(plan.id, plan.accountId, plan.name, plan.zone, plan.draftId, plan.createdAt);
    const day = this.db.prepare(
      'INSERT INTO plan_days (plan_id, day, send_at, end_at, numbers, first_number, item_id, key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    for (const d of plan.days) day.run(plan.id, d.day, d.sendAt, d.endAt, d.numbers, d.firstNumber, d.itemId, d.key);
  }

  get(id: string): PlanRecord | null {
    const row = this.db.prepare('SELECT * FROM plans WHERE id = ?').get(id) as PlanRow | undefined;
    return row ? this.withDays(row) : null;
  }

  list(accountId: string): PlanRecord[] {
    const rows = this.db.prepare('SELECT * FROM plans WHERE account_id = ? ORDER BY created_at DESC').all(accountId) as PlanRow[];
    return rows.map((r) => this.withDays(r));
  }

  /** The plan a day's outbox item belongs to, if any. */
  byItem(itemId: string): PlanRecord | null {
    const row = this.db.prepare('SELECT plan_id FROM plan_days WHERE item_id = ?').get(itemId) as { plan_id: string } | undefined;
    return row ? this.get(row.plan_id) : null;
  }

  private withDays(raw: PlanRow): PlanRecord {
    const r = cleanRow(raw);
    const days = this.db.prepare('SELECT * FROM plan_days WHERE plan_id = ? ORDER BY day').all(r.id) as DayRow[];
    return {
      id: r.id,
      accountId: r.account_id,
      name: r.name,
      zone: r.zone,
      draftId: r.draft_id,
      createdAt: r.created_at,
      days: days.map(dayOf),
    };
  }
}
