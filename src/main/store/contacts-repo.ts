import { AppError } from '../../shared/ipc/result';
import {
  ImportCounts,
  VariableMapping,
  type ContactListView,
  type ContactRow,
  type Delimiter,
  type Encoding,
  type ExotelListLink,
  type RowsPage,
  type RowsQuery,
} from '../../shared/contacts/schemas';
import { joinName } from '../../shared/contacts/name-columns';
import { ContactBlockReader, type ListShape } from './contact-block-reader';
import { cleanRow, type Db } from './db';

interface ListRecord {
  id: string;
  account_id: string | null;
  name: string;
  source_file: string;
  source_sheet: string | null;
  country: string;
  encoding: Encoding;
  delimiter: Delimiter;
  headers: string;
  phone_column: number;
  variables: string;
  name_columns: string;
  counts: string;
  block_size: number;
  created_at: string;
}

interface LinkRecord {
  account_id: string;
  type: 'static' | 'dynamic';
  sid: string;
  sent_at: string;
  accepted: number;
  duplicates: number;
  failed: number;
}

const LIST_COLUMNS = `id, account_id, name, source_file, source_sheet, country, encoding, delimiter, headers, phone_column,
  variables, name_columns, counts, block_size, created_at`;

/** Keys the name's stored cells are read under; no variable can be named so (variable names never hold @@). */
const NAME_SLOT = '@@name ';

/** A valid row of a list as an export reads it: its number, its variables by name, and the contact's name. */
export interface NamedContact {
  number: string;
  variables: Record<string, string>;
  name: string;
}

/** Saved contact lists: what the lists screen, the rows table and the send step read. */
export class ContactsRepo {
  private readonly reader: ContactBlockReader;

  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.reader = new ContactBlockReader(db);
  }

  list(): ContactListView[] {
    const records = this.db
      .prepare(`SELECT ${LIST_COLUMNS} FROM contact_lists WHERE state = 'ready' ORDER BY created_at DESC, rowid DESC`)
      .all() as ListRecord[];
    return records.map((r) => this.view(r));
  }

  get(id: string): ContactListView | null {
    const record = this.record(id);
    return record ? this.view(record) : null;
  }

  rows(q: RowsQuery): RowsPage {
    const record = this.require(q.listId);
    const counts = parseCounts(record.counts);
    const total = q.status ? counts[q.status] : counts.rows;
    const from = Math.min(q.offset, total);
    const to = Math.min(q.offset + q.limit, total);
    const shape = this.shape(record);
    const rows = q.status ? this.reader.statusPage(shape, q.status, from, to) : this.reader.sheetPage(shape, from, to);
    return { total, offset: q.offset, rows };
  }

  rename(id: string, name: string): ContactListView {
    const trimmed = name.trim();
    if (trimmed === '') throw new AppError('validation', 'Give the list a name.');
    const changed = this.db
      .prepare(`UPDATE contact_lists SET name = ?, updated_at = ? WHERE id = ? AND state = 'ready'`)
      .run(trimmed, this.now().toISOString(), id);
    if (changed.changes === 0) throw notFound(id);
    return this.view(this.require(id));
  }

  delete(id: string): boolean {
    return this.db.prepare(`DELETE FROM contact_lists WHERE id = ? AND state = 'ready'`).run(id).changes > 0;
  }

  /**
   * Every row that will not be sent (invalid and duplicate), in sheet order, and, when the list
   * has any, the valid rows with a note on their number (several numbers, an extension left out).
   */
  problems(listId: string): Iterable<ContactRow> {
    const record = this.require(listId);
    const shape = this.shape(record);
    const noted = Object.values(parseCounts(record.counts).notes ?? {}).some((n) => n > 0);
    if (!noted) return this.reader.streamRows(shape, ['invalid', 'duplicate']);
    return withNotes(this.reader.streamRows(shape, ['valid', 'invalid', 'duplicate']));
  }

  /** Every valid row, in sheet order: one per distinct number. */
  validRows(listId: string): Iterable<ContactRow> {
    return this.reader.streamRows(this.shape(this.require(listId)), ['valid']);
  }

  /** Every valid row with the contact's name from the list's name columns (empty when it has none). */
  *namedRows(listId: string): Generator<NamedContact> {
    const record = this.require(listId);
    const names = parseNameColumns(record.name_columns).map((_, k) => `${NAME_SLOT}${k}`);
    const shape = this.shape(record);
    const rows = this.reader.streamRows({ ...shape, variableNames: [...shape.variableNames, ...names] }, ['valid']);
    for (const row of rows) {
      if (!row.number) continue;
      const parts = names.map((key) => row.variables[key]);
      for (const key of names) delete row.variables[key];
      yield { number: row.number, variables: row.variables, name: joinName(parts) };
    }
  }

  setExotelLink(listId: string, accountId: string, link: ExotelListLink): void {
    this.require(listId);
    this.db
      .prepare(
        `INSERT INTO contact_list_exotel (list_id, account_id, type, sid, sent_at, accepted, duplicates, failed)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (list_id, account_id, type) DO UPDATE SET sid = excluded.sid, sent_at = excluded.sent_at,
           accepted = excluded.accepted, duplicates = excluded.duplicates, failed = excluded.failed`,
      )
      .run(listId, accountId, link.type, link.sid, link.sentAt, link.accepted, link.duplicates, link.failed);
  }

  private record(id: string): ListRecord | null {
    const found = this.db.prepare(`SELECT ${LIST_COLUMNS} FROM contact_lists WHERE id = ? AND state = 'ready'`).get(id) as
      ListRecord | undefined;
    return found ? cleanRow(found) : null;
  }

  private require(id: string): ListRecord {
    const found = this.record(id);
    if (!found) throw notFound(id);
    return found;
  }

  private shape(record: ListRecord): ListShape {
    return {
      id: record.id,
      blockSize: record.block_size,
      variableNames: parseVariables(record.variables).map((v) => v.name),
    };
  }

  private view(r: ListRecord): ContactListView {
    const links = this.db
      .prepare(
        `SELECT account_id, type, sid, sent_at, accepted, duplicates, failed FROM contact_list_exotel
         WHERE list_id = ? ORDER BY sent_at`,
      )
      .all(r.id) as LinkRecord[];
    return {
      id: r.id,
      accountId: r.account_id,
      name: r.name,
      sourceFile: r.source_file,
      sourceSheet: r.source_sheet,
      country: r.country,
      encoding: r.encoding,
      delimiter: r.delimiter,
      headers: JSON.parse(r.headers) as string[],
      phoneColumn: r.phone_column,
      variables: parseVariables(r.variables),
      nameColumns: parseNameColumns(r.name_columns),
      counts: parseCounts(r.counts),
      createdAt: r.created_at,
      exotel: links.map((l) => ({
        accountId: l.account_id,
        type: l.type,
        sid: l.sid,
        sentAt: l.sent_at,
        accepted: l.accepted,
        duplicates: l.duplicates,
        failed: l.failed,
      })),
    };
  }
}

function* withNotes(rows: Iterable<ContactRow>): Generator<ContactRow> {
  for (const row of rows) if (row.status !== 'valid' || row.note) yield row;
}

function parseCounts(json: string): ImportCounts {
  return ImportCounts.parse(JSON.parse(json));
}

function parseNameColumns(json: string | null | undefined): number[] {
  const parsed: unknown = JSON.parse(json ?? '[]');
  return Array.isArray(parsed) ? parsed.filter((c): c is number => Number.isInteger(c)) : [];
}

function parseVariables(json: string): VariableMapping[] {
  return VariableMapping.array().parse(JSON.parse(json));
}

function notFound(id: string): AppError {
  return new AppError('not-found', `There is no contact list with id ${id}; it may have been deleted.`);
}
