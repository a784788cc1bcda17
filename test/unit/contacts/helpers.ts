import { join } from 'node:path';
import { ContactsImporter, type RunContext } from '../../../src/main/services/contacts/contacts-importer';
import { ContactsRepo } from '../../../src/main/store/contacts-repo';
import type { ContactRow, ReadOptions, SheetImport } from '../../../src/shared/contacts/schemas';
import { openMemoryDatabase, type Db } from '../../../src/main/store/db';
import { defaultImportSettings } from '../../../src/shared/contacts/default-settings';

export const SHEETS = join(__dirname, '..', '..', 'fixtures', 'sheets');

export function sheet(name: string): string {
  return join(SHEETS, name);
}

export const noProgress: RunContext = { accountId: null, signal: new AbortController().signal, onProgress: () => undefined };

/** Settings as the mapping step would make them: the guessed phone column, every other column a variable. */
export async function settingsFor(service: ContactsImporter, filePath: string, read: ReadOptions = {}): Promise<SheetImport> {
  const preview = await service.inspect(filePath, read);
  return { ...defaultImportSettings(preview, { country: 'IN', listName: preview.fileName }), filePath };
}

export interface Imported {
  db: Db;
  repo: ContactsRepo;
  listId: string;
  rows: ContactRow[];
}

/** Imports a fixture on the calling thread into a fresh in-memory store and reads every row back. */
export async function importSheet(name: string, read: ReadOptions = {}): Promise<Imported> {
  const db = openMemoryDatabase();
  const service = new ContactsImporter({ db, workers: 0 });
  const settings = await settingsFor(service, sheet(name), read);
  const { listId } = await service.run(settings, noProgress);
  const repo = new ContactsRepo(db);
  const rows = repo.rows({ listId, offset: 0, limit: 1000 }).rows;
  return { db, repo, listId, rows };
}

/** Compact view of rows for assertions: [row number, status, reason or number, duplicate of]. */
export function summary(rows: readonly ContactRow[]): Array<[number, string, string | null, number | null]> {
  return rows.map((r) => [r.rowNumber, r.status, r.status === 'invalid' ? r.reason : r.number, r.duplicateOf]);
}
