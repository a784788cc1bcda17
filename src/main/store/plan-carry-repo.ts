import type { PlanDay } from '../../shared/plans/schemas';
import { cleanRow, type Db } from './db';

export type CarryRowState = 'none' | 'waiting' | 'carried' | 'left';

export interface CarryRecord {
  planId: string;
  fromDay: number;
  /** The leftovers as found, in the day's order; empty for a day that finished everything. */
  numbers: string[];
  since: string;
  state: CarryRowState;
  intoDay: number | null;
  decidedAt: string | null;
}

interface CarryRow {
  plan_id: string;
  from_day: number;
  numbers_json: string;
  since: string;
  state: CarryRowState;
  into_day: number | null;
  decided_at: string | null;
}

function toRecord(raw: CarryRow): CarryRecord {
  const r = cleanRow(raw);
  return {
    planId: r.plan_id,
    fromDay: Number(r.from_day),
    numbers: JSON.parse(r.numbers_json) as string[],
    since: r.since,
    state: r.state,
    intoDay: r.into_day === null ? null : Number(r.into_day),
    decidedAt: r.decided_at,
  };
}

/** The leftovers of each closed day of a plan and what became of them (migration 013). */
export class PlanCarryRepo {
  constructor(private readonly db: Db) {}

  /** Records what a closed day left once; a second call for the same day changes nothing. */
  record(planId: string, fromDay: number, numbers: readonly string[], since: string): void {
    this.db
      .prepare(
        `INSERT INTO plan_carry (plan_id, from_day, numbers, numbers_json, since, state) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (plan_id, from_day) DO NOTHING`,
      )
      .run(planId, fromDay, numbers.length, JSON.stringify(numbers), since, numbers.length === 0 ? 'none' : 'waiting');
  }

  get(planId: string, fromDay: number): CarryRecord | null {
    const row = this.db.prepare('SELECT * FROM plan_carry WHERE plan_id = ? AND from_day = ?').get(planId, fromDay) as CarryRow | undefined;
    return row ? toRecord(row) : null;
  }

  /** The days of a plan already looked at (whatever was found). */
  recordedDays(planId: string): Set<number> {
    const rows = this.db.prepare('SELECT from_day FROM plan_carry WHERE plan_id = ?').all(planId) as { from_day: number }[];
    return new Set(rows.map((r) => Number(r.from_day)));
  }

  /** Every day of the account's plans that left numbers behind, newest close first. */
  withLeftovers(accountId: string): CarryRecord[] {
    const rows = this.db
      .prepare(
        `SELECT c.* FROM plan_carry c JOIN plans p ON p.id = c.plan_id
         WHERE p.account_id = ? AND c.state != 'none' ORDER BY c.since DESC, c.from_day DESC`,
      )
      .all(accountId) as CarryRow[];
    return rows.map(toRecord);
  }

  /**
   * Moves a waiting day on to `state`; false when it was not waiting any more (carried or left already), so
   * a second carry inside the same transaction as the first's enqueue never queues a second run.
   */
  decide(planId: string, fromDay: number, state: 'carried' | 'left', intoDay: number | null, at: string): boolean {
    const done = this.db
      .prepare(`UPDATE plan_carry SET state = ?, into_day = ?, decided_at = ? WHERE plan_id = ? AND from_day = ? AND state = 'waiting'`)
      .run(state, intoDay, at, planId, fromDay);
    return Number(done.changes) === 1;
  }

  /** A catch-up run, as a day of its own of the plan that says which day it carries. */
  insertDay(planId: string, day: PlanDay, carriedFrom: number): void {
    this.db
      .prepare(
        `INSERT INTO plan_days (plan_id, day, send_at, end_at, numbers, first_number, item_id, key, carried_from)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(planId, day.day, day.sendAt, day.endAt, day.numbers, day.firstNumber, day.itemId, day.key, carriedFrom);
  }

  /** The days of a plan that are catch-up runs: day -> the day it carries. */
  carriedDays(planId: string): Map<number, number> {
    const rows = this.db.prepare('SELECT day, carried_from FROM plan_days WHERE plan_id = ? AND carried_from IS NOT NULL').all(planId) as {
      day: number;
      carried_from: number;
    }[];
    return new Map(rows.map((r) => [Number(r.day), Number(r.carried_from)]));
  }
}
