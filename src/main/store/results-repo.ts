import type { Db } from './db';
import type { Figures, HeatCell } from '../../shared/results/schemas';
import type { OffsetSpan } from '../../shared/results/zone-offsets';

const DAY_MS = 86_400_000;
/** Quarter hours: every zone's offset from UTC is a whole number of them. */
const QUARTER_MS = 900_000;
const QUARTERS_A_WEEK = 672;
/** 1 January 1970 was a Thursday. */
const EPOCH_WEEKDAY = 4;

export interface CampaignFigures extends Figures {
  campaignId: string;
  firstCallMs: number;
}

export interface DayFigures {
  /** Days since 1970-01-01 in the zone. */
  day: number;
  numbers: number;
  reached: number;
  calls: number;
}

export interface CampaignMeta {
  id: string;
  name: string;
  /** Exotel list ids the campaign called. */
  lists: string[];
  /** Numbers it was given one by one. */
  typed: number;
}

/** An SQL expression: the call's start moved into the zone's wall clock, span by span. */
function localMs(spans: readonly OffsetSpan[]): string {
  const ms = (minutes: number) => Math.round(minutes * 60_000);
  if (spans.length <= 1) return `(created_ms + ${ms(spans[0]?.offsetMinutes ?? 0)})`;
  const cases = spans
    .slice(0, -1)
    .map((s) => `WHEN created_ms < ${Math.floor(s.toMs)} THEN ${ms(s.offsetMinutes)}`)
    .join(' ');
  return `(created_ms + CASE ${cases} ELSE ${ms(spans.at(-1)?.offsetMinutes ?? 0)} END)`;
}

type Num = number | bigint | null;
const n = (v: Num): number => (v === null ? 0 : Number(v));

/** Results across campaigns and answer rates by hour, as SQLite aggregates: no call row is read into the app. */
export class ResultsRepo {
  constructor(private readonly db: Db) {}

  /**
   * Per campaign and per day over [fromMs, toMs): numbers (a number counts once in each campaign, and once in
   * each day), reached numbers, calls and talk time. Days are the zone's, from the spans.
   */
  period(
    accountId: string,
    fromMs: number,
    toMs: number,
    spans: readonly OffsetSpan[],
  ): { campaigns: CampaignFigures[]; days: DayFigures[] } {
    const completed = "status = 'completed'";
    // A number is counted once in each campaign: the pair is what a day's DISTINCT counts.
    const pair = 'campaign_id || char(31) || number';
    const range = 'FROM call_details WHERE account_id = ? AND created_ms >= ? AND created_ms < ?';
    const byCampaign = this.db
      .prepare(
        `SELECT campaign_id, COUNT(DISTINCT number), COUNT(DISTINCT CASE WHEN ${completed} THEN number END), COUNT(*), SUM(${completed}),
           SUM(CASE WHEN ${completed} THEN COALESCE(duration, 0) ELSE 0 END), MIN(created_ms) ${range} GROUP BY campaign_id`,
      )
      .raw(true)
      .all(accountId, fromMs, toMs) as Array<[string, Num, Num, Num, Num, Num, Num]>;
    const byDay = this.db
      .prepare(
        `SELECT ${localMs(spans)} / ${DAY_MS} AS d, COUNT(DISTINCT ${pair}), COUNT(DISTINCT CASE WHEN ${completed} THEN ${pair} END), COUNT(*)
         ${range} GROUP BY d`,
      )
      .raw(true)
      .all(accountId, fromMs, toMs) as Array<[Num, Num, Num, Num]>;
    return {
      campaigns: byCampaign.map(([campaignId, numbers, reached, calls, answered, talk, first]) => ({
        campaignId,
        numbers: n(numbers),
        reached: n(reached),
        calls: n(calls),
        answered: n(answered),
        talkSeconds: n(talk),
        firstCallMs: n(first),
      })),
      days: byDay.map(([day, numbers, reached, calls]) => ({ day: n(day), numbers: n(numbers), reached: n(reached), calls: n(calls) })),
    };
  }

  /** The account's campaigns with the lists they called. */
  campaigns(accountId: string): CampaignMeta[] {
    const rows = this.db
      .prepare(
        `SELECT id, name, COALESCE(json_extract(data_json, '$.lists'), '[]') AS lists, COALESCE(json_array_length(data_json, '$.from'), 0) AS typed
         FROM campaigns WHERE account_id = ?`,
      )
      .raw(true)
      .all(accountId) as Array<[string, string, string, Num]>;
    return rows.map(([id, name, lists, typed]) => ({ id, name, lists: parseIds(lists), typed: n(typed) }));
  }

  /** The names of the contact lists sent from here, by their Exotel id. */
  listNames(accountId: string): Map<string, string> {
    const rows = this.db
      .prepare(
        `SELECT e.sid, l.name FROM contact_list_exotel e JOIN contact_lists l ON l.id = e.list_id
         WHERE e.account_id = ? ORDER BY e.sent_at`,
      )
      .raw(true)
      .all(accountId) as Array<[string, string]>;
    return new Map(rows);
  }

  /**
   * Calls and answered calls by weekday and hour of the zone's clock, over every stored call of the account.
   * Calls are counted by quarter hour of the week in UTC (which an index can hold), then moved into the zone.
   */
  heat(accountId: string, spans: readonly OffsetSpan[]): HeatCell[] {
    const quarter = `(created_ms / ${QUARTER_MS}) % ${QUARTERS_A_WEEK}`;
    const cells = new Map<number, HeatCell>();
    const whole = spans.length <= 1;
    const statement = this.db
      .prepare(
        `SELECT ${quarter} AS q, status = 'completed' AS ans, COUNT(*) AS calls FROM call_details
         WHERE account_id = ? ${whole ? '' : 'AND created_ms >= ? AND created_ms < ?'} GROUP BY q, status`,
      )
      .raw(true);
    for (const span of whole ? [spans[0] ?? { fromMs: 0, toMs: 0, offsetMinutes: 0 }] : spans) {
      const args = whole ? [accountId] : [accountId, span.fromMs, span.toMs];
      const shift = Math.round(span.offsetMinutes / 15);
      for (const [q, answered, calls] of statement.all(...args) as Array<[Num, Num, Num]>) {
        // Calls with no start time have no hour.
        if (q === null) continue;
        const local = (((n(q) + shift) % QUARTERS_A_WEEK) + QUARTERS_A_WEEK) % QUARTERS_A_WEEK;
        const weekday = (EPOCH_WEEKDAY + Math.floor(local / 96)) % 7;
        const hour = Math.floor((local % 96) / 4);
        const id = weekday * 24 + hour;
        const cell = cells.get(id) ?? { weekday, hour, calls: 0, answered: 0 };
        cell.calls += n(calls);
        if (n(answered) === 1) cell.answered += n(calls);
        cells.set(id, cell);
      }
    }
    return [...cells.values()].sort((a, b) => a.weekday - b.weekday || a.hour - b.hour);
  }

  /** The first and last stored call of the account (ms), or null when it has none. */
  callRange(accountId: string): { fromMs: number; toMs: number } | null {
    // Two statements: SQLite answers a lone MIN or MAX from the index's ends, not both at once.
    const end = (fn: 'MIN' | 'MAX'): Num =>
      (
        this.db.prepare(`SELECT ${fn}(created_ms) FROM call_details WHERE account_id = ?`).raw(true).get(accountId) as [Num] | undefined
      )?.[0] ?? null;
    const first = end('MIN');
    const last = end('MAX');
    if (first === null || last === null) return null;
    return { fromMs: n(first), toMs: n(last) + 1 };
  }
}

function parseIds(text: string): string[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}
