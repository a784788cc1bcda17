import type { Db } from './db';
import { cleanRow } from './db';
import { CallingHours } from '../../shared/compose/calling-hours';
import { DEFAULT_ACCOUNT_THROTTLE, type ConnectionTestResult, type Region } from '../../shared/accounts/schemas';

export interface AccountRecord {
  id: string;
  kind: 'exotel' | 'sandbox';
  name: string;
  accountSid: string;
  apiKey: string;
  region: Region;
  host: string;
  defaultCountry: string;
  /** The default ExoPhone: the first of `callerIds`, or '' when none is set. */
  callerId: string;
  /** Every record read from the store has these; code that builds one by hand may leave them to their defaults. */
  callerIds?: string[];
  /** Calls a minute the account may place across its campaigns (Exotel's campaign account throttle). */
  accountThrottle?: number;
  /** An IANA zone; '' means the default for the account's country. */
  timeZone?: string;
  /** The account's own calling hours; null keeps its country's default. */
  callingHours?: CallingHours | null;
  createdAt: string;
  updatedAt: string;
  lastTest: ConnectionTestResult | null;
}

/** An account's ExoPhones, campaign throttle and time zone as stored ('' zone: the country's), defaults filled in. */
export function accountSettings(a: AccountRecord): {
  callerIds: string[];
  accountThrottle: number;
  timeZone: string;
  callingHours: CallingHours | null;
} {
  return {
    callingHours: a.callingHours ?? null,
    callerIds: a.callerIds ?? (a.callerId ? [a.callerId] : []),
    accountThrottle: a.accountThrottle ?? DEFAULT_ACCOUNT_THROTTLE,
    timeZone: a.timeZone ?? '',
  };
}

interface Row {
  id: string;
  kind: 'exotel' | 'sandbox';
  name: string;
  account_sid: string;
  api_key: string;
  region: Region;
  host: string;
  default_country: string;
  caller_id: string;
  caller_ids: string | null;
  account_throttle: number | null;
  time_zone: string | null;
  calling_hours?: string | null;
  created_at: string;
  updated_at: string;
  last_test_at: string | null;
  last_test_outcome: string | null;
  last_test_message: string | null;
}

function callerIdsOf(r: Row): string[] {
  const list = r.caller_ids ? (JSON.parse(r.caller_ids) as unknown) : [];
  if (Array.isArray(list) && list.length > 0) return list.filter((x): x is string => typeof x === 'string' && x !== '');
  return r.caller_id ? [r.caller_id] : [];
}

/** The ExoPhones as given, each once, and the default (the first) kept in `caller_id` too. */
function callerColumns(a: { callerId: string; callerIds?: string[] }): { first: string; json: string } {
  const ids = [...new Set((a.callerIds ?? (a.callerId ? [a.callerId] : [])).filter((x) => x !== ''))];
  return { first: ids[0] ?? '', json: JSON.stringify(ids) };
}

/** Hours that no longer read as hours (written by a later version, say) fall back to the country's default. */
function hoursOf(json: string | null): CallingHours | null {
  if (!json) return null;
  try {
    const parsed = CallingHours.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function toRecord(raw: Row): AccountRecord {
  const r = cleanRow(raw);
  return {
    id: r.id,
    kind: r.kind,
    name: r.name,
    accountSid: r.account_sid,
    apiKey: r.api_key,
    region: r.region,
    host: r.host,
    defaultCountry: r.default_country,
    callerId: callerIdsOf(r)[0] ?? '',
    callerIds: callerIdsOf(r),
    accountThrottle: Number(r.account_throttle ?? DEFAULT_ACCOUNT_THROTTLE),
    timeZone: r.time_zone ?? '',
    callingHours: hoursOf(r.calling_hours ?? null),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    lastTest:
      r.last_test_at && r.last_test_outcome
        ? ({ at: r.last_test_at, outcome: r.last_test_outcome, message: r.last_test_message ?? '' } as ConnectionTestResult)
        : null,
  };
}

export class AccountsRepo {
  constructor(private readonly db: Db) {}

  list(): AccountRecord[] {
    const rows = this.db.prepare("SELECT * FROM accounts ORDER BY kind = 'sandbox', name COLLATE NOCASE").all() as Row[];
    return rows.map(toRecord);
  }

  get(id: string): AccountRecord | null {
    const row = this.db.prepare('SELECT * FROM accounts WHERE id = ?').get(id) as Row | undefined;
    return row ? toRecord(row) : null;
  }

  insert(a: Omit<AccountRecord, 'lastTest'>): void {
    const callers = callerColumns(a);
    this.db
      .prepare(
        `INSERT INTO accounts (id, kind, name, account_sid, api_key, region, host, default_country, caller_id, caller_ids,
           account_throttle, time_zone, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        a.id,
        a.kind,
        a.name,
        a.accountSid,
        a.apiKey,
        a.region,
        a.host,
        a.defaultCountry,
        callers.first,
        callers.json,
        a.accountThrottle ?? DEFAULT_ACCOUNT_THROTTLE,
        a.timeZone ?? '',
        a.createdAt,
        a.updatedAt,
      );
  }

  update(a: Omit<AccountRecord, 'lastTest' | 'createdAt' | 'kind'>): void {
    const callers = callerColumns(a);
    this.db
      .prepare(
        `UPDATE accounts SET name = ?, account_sid = ?, api_key = ?, region = ?, host = ?, default_country = ?,
         caller_id = ?, caller_ids = ?, account_throttle = COALESCE(?, account_throttle), time_zone = COALESCE(?, time_zone),
         updated_at = ?, last_test_at = NULL, last_test_outcome = NULL, last_test_message = NULL WHERE id = ?`,
      )
      .run(
        a.name,
        a.accountSid,
        a.apiKey,
        a.region,
        a.host,
        a.defaultCountry,
        callers.first,
        callers.json,
        a.accountThrottle ?? null,
        a.timeZone ?? null,
        a.updatedAt,
        a.id,
      );
  }

  /** The account's calling hours; null returns it to its country's default. */
  setCallingHours(id: string, hours: CallingHours | null, updatedAt: string): void {
    this.db
      .prepare('UPDATE accounts SET calling_hours = ?, updated_at = ? WHERE id = ?')
      .run(hours ? JSON.stringify(hours) : null, updatedAt, id);
  }

  /** The number "Call me first" rang last on this account, offered again next time. */
  testCallNumber(id: string): string {
    const row = this.db.prepare('SELECT test_call_number FROM accounts WHERE id = ?').get(id) as { test_call_number: string } | undefined;
    return row?.test_call_number ?? '';
  }

  setTestCallNumber(id: string, number: string): void {
    this.db.prepare('UPDATE accounts SET test_call_number = ? WHERE id = ?').run(number, id);
  }

  recordTest(id: string, result: ConnectionTestResult): void {
    this.db
      .prepare('UPDATE accounts SET last_test_at = ?, last_test_outcome = ?, last_test_message = ? WHERE id = ?')
      .run(result.at, result.outcome, result.message, id);
  }

  delete(id: string): boolean {
    return this.db.prepare('DELETE FROM accounts WHERE id = ?').run(id).changes > 0;
  }
}
