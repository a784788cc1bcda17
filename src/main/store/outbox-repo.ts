import type { OutboxDecision, OutboxHistoryEntry, OutboxKind, OutboxState } from '../../shared/outbox/schemas';
import type { ExotelListLink } from '../../shared/contacts/schemas';
import type { NewOutboxItem } from '../../shared/outbox/queued-item';
import { cleanRow, type Db } from './db';

/** What a settled item produced: the Exotel campaign or list it made or acted on. */
export interface OutboxResult {
  campaignId?: string;
  listSid?: string;
  /** A list send's counts, as the list's send dialog shows them. */
  list?: ExotelListLink & { reused: boolean };
}

/** One outbox item as stored. `item` is what was queued (a launch's schedule may be moved by the user's answer). */
export interface OutboxRecord {
  seq: number;
  id: string;
  accountId: string;
  kind: OutboxKind;
  state: OutboxState;
  phase: 'send' | 'check';
  title: string;
  key: string;
  dependsOn: string | null;
  draftId: string | null;
  campaignId: string | null;
  action: string | null;
  item: NewOutboxItem;
  result: OutboxResult | null;
  question: 'stale' | 'unknown' | null;
  message: string | null;
  choices: OutboxDecision[];
  history: OutboxHistoryEntry[];
  attempts: number;
  checkFailures: number;
  queuedAt: string;
  createdAt: string;
  updatedAt: string;
}

interface Row {
  seq: number;
  id: string;
  account_id: string;
  kind: OutboxKind;
  state: OutboxState;
  phase: 'send' | 'check';
  title: string;
  key: string;
  depends_on: string | null;
  draft_id: string | null;
  campaign_id: string | null;
  action: string | null;
  item_json: string;
  result_json: string | null;
  question: 'stale' | 'unknown' | null;
  message: string | null;
  choices_json: string;
  history_json: string;
  attempts: number;
  check_failures: number;
  queued_at: string;
  created_at: string;
  updated_at: string;
}

const COLUMNS = `seq, id, account_id, kind, state, phase, title, key, depends_on, draft_id, campaign_id, action, item_json,
  result_json, question, message, choices_json, history_json, attempts, check_failures, queued_at, created_at, updated_at`;

/** Finished items kept on screen besides every unfinished one. */
const RECENT_FINISHED = 100;

function fromRow(raw: Row): OutboxRecord {
  const r = cleanRow(raw);
  return {
    seq: Number(r.seq),
    id: r.id,
    accountId: r.account_id,
    kind: r.kind,
    state: r.state,
    phase: r.phase,
    title: r.title,
    key: r.key,
    dependsOn: r.depends_on,
    draftId: r.draft_id,
    campaignId: r.campaign_id,
    action: r.action,
    item: JSON.parse(r.item_json) as NewOutboxItem,
    result: r.result_json ? (JSON.parse(r.result_json) as OutboxResult) : null,
    question: r.question,
    message: r.message,
    choices: JSON.parse(r.choices_json) as OutboxDecision[],
    history: JSON.parse(r.history_json) as OutboxHistoryEntry[],
    attempts: Number(r.attempts),
    checkFailures: Number(r.check_failures),
    queuedAt: r.queued_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** The outbox table. Every change is one statement, so a crash leaves each item either before or after it. */
export class OutboxRepo {
  constructor(private readonly db: Db) {}

  /** Runs `fn` as one transaction: items queued together (a plan's days) are all stored, or none is. */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  insert(r: Omit<OutboxRecord, 'seq'>): OutboxRecord {
    this.db
      .prepare(
        `INSERT INTO outbox (id, account_id, kind, state, phase, title, key, depends_on, draft_id, campaign_id, action, item_json,
           result_json, question, message, choices_json, history_json, attempts, check_failures, queued_at, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        r.id,
        r.accountId,
        r.kind,
        r.state,
        r.phase,
        r.title,
        r.key,
        r.dependsOn,
        r.draftId,
        r.campaignId,
        r.action,
        JSON.stringify(r.item),
        r.result ? JSON.stringify(r.result) : null,
        r.question,
        r.message,
        JSON.stringify(r.choices),
        JSON.stringify(r.history),
        r.attempts,
        r.checkFailures,
        r.queuedAt,
        r.createdAt,
        r.updatedAt,
      );
    return this.get(r.id) as OutboxRecord;
  }

  save(r: OutboxRecord): void {
    this.db
      .prepare(
        `UPDATE outbox SET state = ?, phase = ?, campaign_id = ?, item_json = ?, result_json = ?, question = ?, message = ?,
           choices_json = ?, history_json = ?, attempts = ?, check_failures = ?, queued_at = ?, updated_at = ? WHERE id = ?`,
      )
      .run(
        r.state,
        r.phase,
        r.campaignId,
        JSON.stringify(r.item),
        r.result ? JSON.stringify(r.result) : null,
        r.question,
        r.message,
        JSON.stringify(r.choices),
        JSON.stringify(r.history),
        r.attempts,
        r.checkFailures,
        r.queuedAt,
        r.updatedAt,
        r.id,
      );
  }

  get(id: string): OutboxRecord | null {
    const row = this.db.prepare(`SELECT ${COLUMNS} FROM outbox WHERE id = ?`).get(id) as Row | undefined;
    return row ? fromRow(row) : null;
  }

  /** Every unfinished item of the account and its latest finished ones, newest first. */
  list(accountId: string): OutboxRecord[] {
    const rows = this.db
      .prepare(
        `SELECT ${COLUMNS} FROM outbox WHERE account_id = ? AND state NOT IN ('done', 'failed')
         UNION ALL
         SELECT * FROM (SELECT ${COLUMNS} FROM outbox WHERE account_id = ? AND state IN ('done', 'failed') ORDER BY seq DESC LIMIT ?)
         ORDER BY seq DESC`,
      )
      .all(accountId, accountId, RECENT_FINISHED) as Row[];
    return rows.map(fromRow);
  }

  /** Items waiting to be sent or checked, in the order they were queued. */
  queued(accountId: string): OutboxRecord[] {
    const rows = this.db
      .prepare(`SELECT ${COLUMNS} FROM outbox WHERE account_id = ? AND state = 'queued' ORDER BY seq`)
      .all(accountId) as Row[];
    return rows.map(fromRow);
  }

  inState(state: OutboxState): OutboxRecord[] {
    const rows = this.db.prepare(`SELECT ${COLUMNS} FROM outbox WHERE state = ? ORDER BY seq`).all(state) as Row[];
    return rows.map(fromRow);
  }

  accountsWithQueued(): string[] {
    const rows = this.db.prepare(`SELECT DISTINCT account_id FROM outbox WHERE state = 'queued'`).all() as Array<{ account_id: string }>;
    return rows.map((r) => r.account_id);
  }

  /** A launch or test call already queued under this name for the account. */
  keyTaken(accountId: string, key: string): boolean {
    const row = this.db
      .prepare(`SELECT 1 AS taken FROM outbox WHERE account_id = ? AND key = ? AND kind IN ('campaign-create', 'test-call') LIMIT 1`)
      .get(accountId, key);
    return row !== undefined;
  }
}
