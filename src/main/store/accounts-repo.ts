import type { Db } from './db';
import { cleanRow } from './db';
import type { ConnectionTestResult, Region } from '../../shared/accounts/schemas';

export interface AccountRecord {
  id: string;
  kind: 'exotel' | 'sandbox';
  name: string;
  accountSid: string;
  apiKey: string;
  region: Region;
  host: string;
  defaultCountry: string;
  callerId: string;
  createdAt: string;
  updatedAt: string;
  lastTest: ConnectionTestResult | null;
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
  created_at: string;
  updated_at: string;
  last_test_at: string | null;
  last_test_outcome: string | null;
  last_test_message: string | null;
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
    callerId: r.caller_id,
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
    this.db
      .prepare(
        `INSERT INTO accounts (id, kind, name, account_sid, api_key, region, host, default_country, caller_id, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(a.id, a.kind, a.name, a.accountSid, a.apiKey, a.region, a.host, a.defaultCountry, a.callerId, a.createdAt, a.updatedAt);
  }

  update(a: Omit<AccountRecord, 'lastTest' | 'createdAt' | 'kind'>): void {
    this.db
      .prepare(
        `UPDATE accounts SET name = ?, account_sid = ?, api_key = ?, region = ?, host = ?, default_country = ?,
         caller_id = ?, updated_at = ?, last_test_at = NULL, last_test_outcome = NULL, last_test_message = NULL WHERE id = ?`,
      )
      .run(a.name, a.accountSid, a.apiKey, a.region, a.host, a.defaultCountry, a.callerId, a.updatedAt, a.id);
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
