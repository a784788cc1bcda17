import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSheet } from '../../../bench/sheet-generator';
import { ContactsImporter } from '../../../src/main/services/contacts/contacts-importer';
import { ContactsRepo } from '../../../src/main/store/contacts-repo';
import { decodeRowsBlock } from '../../../src/main/store/contact-blocks';
import { TextBlockBuilder } from '../../../src/main/store/text-blocks';
import { ContactListWriter } from '../../../src/main/store/contact-list-writer';
import { openDatabase, type Db } from '../../../src/main/store/db';
import type { ContactRow, ImportCounts } from '../../../src/shared/contacts/schemas';
import { AppError } from '../../../src/shared/ipc/result';
import { noProgress, settingsFor } from './helpers';

describe('contact lists in the store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'campaign-desk-store-'));
  const file = join(dir, 'contacts.csv');
  let db: Db;
  let listId: string;
  let counts: ImportCounts;
  let all: ContactRow[];

  beforeAll(async () => {
    // More rows than a block holds, so pages cross block edges.
    await writeSheet(file, { rows: 2600, seed: 7, invalidShare: 0.05, duplicateShare: 0.08 });
    db = openDatabase(dir);
    const service = new ContactsImporter({ db, workers: 0, now: () => new Date('2025-03-01T10:00:00Z') });
    const settings = { ...(await settingsFor(service, file)), listName: 'March dues' };
    ({ listId, counts } = await service.run(settings, { ...noProgress, accountId: 'acc-1' }));
    // Restart: a fresh connection to the same file.
    db.close();
    db = openDatabase(dir);
    all = pageThrough(new ContactsRepo(db), undefined);
  });

  afterAll(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  function pageThrough(repo: ContactsRepo, status: ContactRow['status'] | undefined, limit = 377): ContactRow[] {
    const out: ContactRow[] = [];
    for (let offset = 0; ; offset += limit) {
      const page = repo.rows({ listId, offset, limit, ...(status ? { status } : {}) });
      out.push(...page.rows);
      if (page.rows.length < limit) {
        expect(out.length).toBe(page.total);
        return out;
      }
    }
  }

  it('lists the saved list after a restart, with its mapping and counts', () => {
    const [view, ...others] = new ContactsRepo(db).list();
    expect(others).toEqual([]);
    expect(view).toMatchObject({
      id: listId,
      accountId: 'acc-1',
      name: 'March dues',
      sourceFile: 'contacts.csv',
      // A CSV file has no sheets.
      sourceSheet: null,
      country: 'IN',
      encoding: 'utf-8',
      delimiter: ',',
      headers: ['Name', 'Phone', 'City', 'Amount Due', 'Due Date'],
      phoneColumn: 1,
      counts,
      createdAt: '2025-03-01T10:00:00.000Z',
      exotel: [],
    });
    expect(counts.rows).toBe(2600);
    expect(counts.valid + counts.invalid + counts.duplicate).toBe(counts.rows);
    expect(counts.invalid).toBeGreaterThan(50);
    expect(counts.duplicate).toBeGreaterThan(100);
  });

  it('pages through every row in sheet order, across block edges', () => {
    expect(all.map((r) => r.rowNumber)).toEqual(Array.from({ length: 2600 }, (_, i) => i + 2));
    expect(all[0]?.variables).toHaveProperty('Name');
    expect(all[0]?.variables).toHaveProperty(['Due Date']);
  });

  it('pages through each status alone, the same rows as the sheet view holds', () => {
    const repo = new ContactsRepo(db);
    for (const status of ['valid', 'invalid', 'duplicate'] as const) {
      const filtered = pageThrough(repo, status, 100);
      expect(filtered).toEqual(all.filter((r) => r.status === status));
      expect(filtered.length).toBe(counts[status]);
    }
  });

  it('answers a page past the end with no rows and the true total', () => {
    const page = new ContactsRepo(db).rows({ listId, offset: 5000, limit: 50, status: 'invalid' });
    expect(page).toEqual({ total: counts.invalid, offset: 5000, rows: [] });
  });

  it('gives the rows that will not be sent, and the valid ones, in sheet order', () => {
    const repo = new ContactsRepo(db);
    expect([...repo.problems(listId)]).toEqual(all.filter((r) => r.status !== 'valid'));
    const valid = [...repo.validRows(listId)];
    expect(valid).toEqual(all.filter((r) => r.status === 'valid'));
    expect(new Set(valid.map((r) => r.number)).size).toBe(valid.length);
    for (const dup of all.filter((r) => r.status === 'duplicate')) {
      expect(all.find((r) => r.rowNumber === dup.duplicateOf)?.number).toBe(dup.number);
    }
  });

  it('keeps one Exotel list per account and type, updated when sent again', () => {
    const repo = new ContactsRepo(db);
    const link = { sid: 'L1', type: 'static' as const, sentAt: '2025-03-02T00:00:00Z', accepted: 10, duplicates: 0, failed: 1 };
    repo.setExotelLink(listId, 'acc-1', link);
    repo.setExotelLink(listId, 'acc-1', { ...link, accepted: 12, failed: 0 });
    expect(repo.get(listId)?.exotel).toEqual([{ ...link, accepted: 12, failed: 0, accountId: 'acc-1' }]);
  });

  it('renames, and says plainly when the list is gone', () => {
    const repo = new ContactsRepo(db);
    expect(repo.rename(listId, '  April dues ').name).toBe('April dues');
    expect(() => repo.rename('missing', 'x')).toThrow(AppError);
    expect(() => repo.rows({ listId: 'missing', offset: 0, limit: 10 })).toThrow(/no contact list/);
  });

  it('sweeps a list a crash left half-written when the app starts, but not one being written', () => {
    db.prepare(
      `INSERT INTO contact_lists (id, account_id, name, source_file, country, encoding, delimiter, headers, phone_column,
        variables, counts, block_size, state, created_at, updated_at)
       VALUES ('crashed', NULL, 'Crashed', 'x.csv', 'IN', 'utf-8', ',', '[]', 0, '[]', '{}', 512, 'importing', '', '')`,
    ).run();
    db.prepare(`INSERT INTO contact_blocks (list_id, stream, block, data) VALUES ('crashed', 1, 0, 'x')`).run();
    const writer = new ContactListWriter(db, {
      id: 'running',
      accountId: null,
      name: 'Running',
      sourceFile: 'y.csv',
      country: 'IN',
      encoding: 'utf-8',
      delimiter: ',',
      phoneColumn: 0,
      variables: [],
      blockSize: 512,
      createdAt: '2025-03-01T00:00:00Z',
    });
    expect(new ContactsRepo(db).get('crashed')).toBeNull();
    const importer = new ContactsImporter({ db, workers: 0 });
    // Building an importer changes nothing: clearing is the app's explicit start-up step.
    expect(count(db, `SELECT COUNT(*) AS n FROM contact_lists WHERE id IN ('crashed', 'running')`)).toBe(2);
    expect(importer.clearInterrupted().map((s) => s.name)).toEqual(['Crashed']);
    expect(count(db, `SELECT COUNT(*) AS n FROM contact_lists WHERE id IN ('crashed', 'running')`)).toBe(1);
    expect(count(db, `SELECT COUNT(*) AS n FROM contact_blocks WHERE list_id = 'crashed'`)).toBe(0);
    writer.abort();
    expect(count(db, `SELECT COUNT(*) AS n FROM contact_lists WHERE id = 'running'`)).toBe(0);
  });

  it('deletes the list with all its rows', () => {
    const repo = new ContactsRepo(db);
    expect(repo.delete(listId)).toBe(true);
    expect(repo.delete(listId)).toBe(false);
    expect(repo.list()).toEqual([]);
    expect(count(db, 'SELECT COUNT(*) AS n FROM contact_blocks')).toBe(0);
  });
});

function count(db: Db, sql: string): number {
  return Number((db.prepare(sql).get() as { n: number }).n);
}

describe('rows as blocks store them', () => {
  const layout = { delimiter: ',', phoneColumn: 1, variableColumns: [2, 0] };

  it('keeps rows as the sheet’s text and reads back each row’s number, reason, duplicate and variables', () => {
    const text = 'Priya,+91 98450 12345,Pune\r\nRavi,N/A,Delhi\r\nAsha,098450 12345,Goa\r\n';
    const at = (row: string): [number, number] => [text.indexOf(row), text.indexOf(row) + row.length];
    const block = new TextBlockBuilder(layout);
    block.addText(0, text, ...at('Priya,+91 98450 12345,Pune'), '\r\n', 7, '+919845012345', null, null);
    block.addText(0, text, ...at('Ravi,N/A,Delhi'), '\r\n', 8, null, { reason: 'letters', note: null, column: -1 }, null);
    block.addCells(['Meera, “M”', '98450 12346', 'Line one\nline two'], 9, '+919845012346', null, null);
    block.addText(0, text, ...at('Asha,098450 12345,Goa'), '\r\n', 10, '+919845012345', null, 7);
    expect(decodeRowsBlock(block.finish())).toEqual([
      [7, '+91 98450 12345', '+919845012345', null, null, null, 'Pune', 'Priya'],
      [8, 'N/A', null, 'letters', null, null, 'Delhi', 'Ravi'],
      [9, '98450 12346', '+919845012346', null, null, null, 'Line one\nline two', 'Meera, “M”'],
      [10, '098450 12345', '+919845012345', null, 7, null, 'Goa', 'Asha'],
    ]);
  });

  it('keeps consecutive rows of the sheet as one stretch of its text', () => {
    const text = 'a,9845012345,x\nb,9845012346,y\nc,9845012347,z\n';
    const block = new TextBlockBuilder(layout);
    block.addText(0, text, 0, 14, '\n', 2, '+919845012345', null, null);
    block.addText(0, text, 15, 29, '\n', 3, '+919845012346', null, null);
    block.addText(1, text, 30, 44, '\n', 4, '+919845012347', null, null);
    const data = block.finish();
    expect(data.endsWith('a,9845012345,x\nb,9845012346,y\nc,9845012347,z')).toBe(true);
    expect(decodeRowsBlock(data).map((r) => r.slice(6))).toEqual([
      ['x', 'a'],
      ['y', 'b'],
      ['z', 'c'],
    ]);
  });

  it('still reads the blocks of lists saved before rows were kept as text', () => {
    const older =
      '7\u001f+91 98450 12345\u001f+919845012345\u001f\u001f\u001fPriya\u001fPune\u001e[8,"N/A",null,"letters",null,"Ra\\u001fvi","Pune"]';
    expect(decodeRowsBlock(older)).toEqual([
      [7, '+91 98450 12345', '+919845012345', null, null, null, 'Priya', 'Pune'],
      [8, 'N/A', null, 'letters', null, null, 'Ra\u001fvi', 'Pune'],
    ]);
  });
});
