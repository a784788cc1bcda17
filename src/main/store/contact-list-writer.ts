import type { Delimiter, Encoding, ImportCounts, VariableMapping } from '../../shared/contacts/schemas';
import type { Db } from './db';
import type { StoredBlock } from './contact-blocks';

export interface NewContactList {
  id: string;
  accountId: string | null;
  name: string;
  sourceFile: string;
  /** The workbook's sheet the rows come from; absent for a CSV file. */
  sourceSheet?: string;
  country: string;
  encoding: Encoding;
  delimiter: Delimiter;
  phoneColumn: number;
  variables: VariableMapping[];
  /** The name columns; their cells are stored after the variables'. */
  nameColumns?: number[];
  blockSize: number;
  createdAt: string;
}

/**
 * Blocks held before they go in one transaction: about a megabyte of rows, a few
 * milliseconds of writing, so other writers never wait long, while a commit per handful of
 * blocks would cost more than the writing.
 */
const BLOCKS_PER_TRANSACTION = 64;

/** Lists this process is writing right now; never swept as leftovers of a crash. */
const inProgress = new Set<string>();
/** The connection's checkpoint setting while imports run, to put back after the last one. */
const pausedCheckpoints = new Map<Db, number>();

/**
 * Saves one import. The list stays in state 'importing', invisible to every reader, until
 * finish(); abort() or a crash leave nothing a user can see, and sweepUnfinished() removes
 * what a crash left behind.
 */
export class ContactListWriter {
  private readonly insert;
  private readonly writeBatch;
  private closed = false;
  private pending: StoredBlock[] = [];

  constructor(
    private readonly db: Db,
    private readonly list: NewContactList,
  ) {
    db.prepare(
      `INSERT INTO contact_lists (id, account_id, name, source_file, source_sheet, country, encoding, delimiter, headers,
        phone_column, variables, name_columns, counts, block_size, state, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, '[]', ?, ?, ?, '{}', ?, 'importing', ?, ?)`,
    ).run(
      list.id,
      list.accountId,
      list.name,
      list.sourceFile,
      list.sourceSheet ?? null,
      list.country,
      list.encoding,
      list.delimiter,
      list.phoneColumn,
      JSON.stringify(list.variables),
      JSON.stringify(list.nameColumns ?? []),
      list.blockSize,
      list.createdAt,
      list.createdAt,
    );
    inProgress.add(list.id);
    pauseCheckpoints(db);
    this.insert = db.prepare('INSERT INTO contact_blocks (list_id, stream, block, data) VALUES (?, ?, ?, ?)');
    this.writeBatch = db.transaction((blocks: readonly StoredBlock[]) => {
      for (const b of blocks) this.insert.run(this.list.id, b.stream, b.block, b.data);
    });
  }

  get id(): string {
    return this.list.id;
  }

  write(blocks: readonly StoredBlock[]): void {
    if (this.closed) throw new Error('This import is already finished');
    for (const block of blocks) this.pending.push(block);
    if (this.pending.length >= BLOCKS_PER_TRANSACTION) this.flush();
  }

  finish(headers: readonly string[], counts: ImportCounts, finishedAt: string): void {
    this.flush();
    this.db
      .prepare(`UPDATE contact_lists SET headers = ?, counts = ?, state = 'ready', updated_at = ? WHERE id = ?`)
      .run(JSON.stringify(headers), JSON.stringify(counts), finishedAt, this.list.id);
    this.close();
  }

  abort(): void {
    if (this.closed) return;
    this.db.prepare('DELETE FROM contact_lists WHERE id = ?').run(this.list.id);
    this.close();
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    this.writeBatch(this.pending);
    this.pending = [];
  }

  private close(): void {
    this.closed = true;
    this.pending = [];
    inProgress.delete(this.list.id);
    writers.set(this.db, (writers.get(this.db) ?? 1) - 1);
    if (writers.get(this.db) === 0) resumeCheckpoints(this.db);
  }
}

const writers = new Map<Db, number>();

/**
 * SQLite copies the write-ahead log into the database every thousand pages, with a disk sync
 * each time; during an import that costs more than the writing itself. The import's pages
 * stay in the log, committed and safe, and are copied once afterwards (see ContactsImporter).
 */
function pauseCheckpoints(db: Db): void {
  writers.set(db, (writers.get(db) ?? 0) + 1);
  if (pausedCheckpoints.has(db)) return;
  const row = db.prepare('PRAGMA wal_autocheckpoint').get() as { wal_autocheckpoint: number } | undefined;
  const previous = Number(row?.wal_autocheckpoint ?? 1000);
  pausedCheckpoints.set(db, previous);
  db.pragma('wal_autocheckpoint = 0');
}

function resumeCheckpoints(db: Db): void {
  const previous = pausedCheckpoints.get(db);
  pausedCheckpoints.delete(db);
  writers.delete(db);
  if (previous !== undefined) db.pragma(`wal_autocheckpoint = ${previous}`);
}

/** Deletes lists a crash left half-written; returns how many. */
export interface SweptImport {
  accountId: string | null;
  name: string;
  sourceFile: string;
}

/** Removes the lists a crash left half-written and says which they were, so the user can be told. */
export function sweepUnfinished(db: Db): SweptImport[] {
  const rows = db
    .prepare(`SELECT id, account_id, name, source_file FROM contact_lists WHERE state = 'importing' ORDER BY created_at`)
    .all() as Array<{ id: string; account_id: string | null; name: string; source_file: string }>;
  const swept: SweptImport[] = [];
  for (const row of rows) {
    if (inProgress.has(row.id)) continue;
    db.prepare('DELETE FROM contact_lists WHERE id = ?').run(row.id);
    swept.push({ accountId: row.account_id, name: row.name, sourceFile: row.source_file });
  }
  return swept;
}
