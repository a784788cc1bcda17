import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { writeSheet } from '../../../bench/sheet-generator';
import { ContactsImporter } from '../../../src/main/services/contacts/contacts-importer';
import { type ImportProgress } from '../../../src/main/services/contacts/progress';
import { ContactsRepo } from '../../../src/main/store/contacts-repo';
import { openMemoryDatabase, type Db } from '../../../src/main/store/db';
import type { SheetImport } from '../../../src/shared/contacts/schemas';
import { AppError } from '../../../src/shared/ipc/result';
import { noProgress, settingsFor } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'campaign-desk-run-'));
const small = join(dir, 'small.csv');
const large = join(dir, 'large.csv');

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const outcome = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(outcome instanceof AppError)) throw new Error(`Expected an AppError, got ${String(outcome)}`);
  return outcome;
}

function storedCounts(db: Db): { lists: number; blocks: number } {
  const one = (sql: string) => Number((db.prepare(sql).get() as { n: number }).n);
  return { lists: one('SELECT COUNT(*) AS n FROM contact_lists'), blocks: one('SELECT COUNT(*) AS n FROM contact_blocks') };
}

describe('running an import', () => {
  const workerDb = openMemoryDatabase();
  const inWorker = new ContactsImporter({ db: workerDb, workers: 1 });

  beforeAll(async () => {
    await Promise.all([writeSheet(small, { rows: 3000, seed: 3 }), writeSheet(large, { rows: 40_000, seed: 4 })]);
  });

  afterAll(async () => {
    await inWorker.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives the same rows on a worker thread as on the calling thread', async () => {
    const here = openMemoryDatabase();
    const inline = new ContactsImporter({ db: here, workers: 0 });
    const a = await inline.run(await settingsFor(inline, small), noProgress);
    const b = await inWorker.run(await settingsFor(inWorker, small), noProgress);
    expect(b.counts).toEqual(a.counts);
    const rowsOf = (db: Db, listId: string) => new ContactsRepo(db).rows({ listId, offset: 0, limit: 1000 }).rows;
    expect(rowsOf(workerDb, b.listId)).toEqual(rowsOf(here, a.listId));
    new ContactsRepo(workerDb).delete(b.listId);
  });

  it('reports progress from opening to saving', async () => {
    const seen: ImportProgress[] = [];
    const { listId } = await inWorker.run(await settingsFor(inWorker, small), { ...noProgress, onProgress: (p) => seen.push(p) });
    expect(seen[0]?.phase).toBe('reading');
    expect(seen.some((p) => p.phase === 'checking' && p.total !== null && p.done <= p.total)).toBe(true);
    // Progress counts rows, never bytes, and the total before the end is an estimate near the true count.
    const checking = seen.filter((p) => p.phase === 'checking');
    expect(checking.every((p) => p.done <= 3000)).toBe(true);
    const last = checking.at(-1);
    expect(Math.abs((last?.total ?? 0) - 3000)).toBeLessThan(300);
    expect(checking.filter((p) => p.estimated).every((p) => p.total !== null)).toBe(true);
    expect(seen.at(-1)).toMatchObject({ phase: 'saving', done: 3000, total: 3000 });
    new ContactsRepo(workerDb).delete(listId);
  });

  it.each([
    ['on a worker thread', 1],
    ['on the calling thread', 0],
  ])('leaves no list behind when cancelled midway %s', async (_, workers) => {
    const db = workers ? workerDb : openMemoryDatabase();
    const service = workers ? inWorker : new ContactsImporter({ db, workers: 0 });
    const controller = new AbortController();
    const settings = await settingsFor(service, large);
    let checked = 0;
    const run = service.run(settings, {
      accountId: null,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.phase !== 'checking') return;
        checked = p.done;
        controller.abort();
      },
    });
    expect((await failure(run)).code).toBe('cancelled');
    expect(checked).toBeGreaterThan(0);
    expect(storedCounts(db)).toEqual({ lists: 0, blocks: 0 });
    expect(new ContactsRepo(db).list()).toEqual([]);
  });

  it('still works after a cancelled run', async () => {
    const { counts } = await inWorker.run(await settingsFor(inWorker, small), noProgress);
    expect(counts.rows).toBe(3000);
  });

  it('refuses settings that would clash, before reading anything', async () => {
    const base: SheetImport = await settingsFor(inWorker, small);
    const attempt = (settings: SheetImport) => failure(inWorker.run(settings, noProgress));
    expect((await attempt({ ...base, variables: [{ column: 0, name: 'number' }] })).message).toMatch(/kept for the phone number/);
    expect(
      (
        await attempt({
          ...base,
          variables: [
            { column: 0, name: 'Name' },
            { column: 2, name: 'name' },
          ],
        })
      ).message,
    ).toMatch(/Two variables/);
    expect((await attempt({ ...base, variables: [{ column: 1, name: 'Phone' }] })).message).toMatch(/is the phone column/);
    expect((await attempt({ ...base, country: 'XX' })).code).toBe('validation');
  });

  it('keeps cells holding the storage separators intact', async () => {
    const db = openMemoryDatabase();
    const service = new ContactsImporter({ db, workers: 0 });
    const path = join(dir, 'separators.csv');
    // Enough ordinary rows that two control characters do not make the file look binary.
    const ordinary = Array.from({ length: 40 }, (_, i) => `Plain ${i},98765${String(i).padStart(5, '0')}\r\n`).join('');
    writeFileSync(path, `Name,Phone\r\n${ordinary}Odd\u001fname\u001e!,9876599999\r\n`);
    const { listId } = await service.run(await settingsFor(service, path), noProgress);
    const rows = new ContactsRepo(db).rows({ listId, offset: 0, limit: 100 }).rows;
    expect(rows).toHaveLength(41);
    expect(rows.at(-1)).toMatchObject({ rowNumber: 42, number: '+919876599999', variables: { Name: 'Odd\u001fname\u001e!' } });
    expect(rows[0]).toMatchObject({ rowNumber: 2, variables: { Name: 'Plain 0' } });
  });

  it('reads back every kind of row as the sheet holds it, under a mapping that skips and reorders columns', async () => {
    const db = openMemoryDatabase();
    const service = new ContactsImporter({ db, workers: 1 });
    const path = join(dir, 'mixed.csv');
    const lines = [
      'Name,Phone,City,Note',
      'Asha,9845012345,Pune,first',
      '"Rao, A",+91 98450 12346,"Navi\r\nMumbai","said ""call"""',
      'Ravi,N/A,Delhi,',
      'Asha again,+919845012345,Pune,repeat',
      'Trailing,09845012347,Goa,x,,',
      ' ,  ,,',
      ',,,',
      'No number,,Agra,',
      'Meera,9845012348,Kochi,last',
    ];
    writeFileSync(path, `${lines.join('\r\n')}\r\n`);
    const settings = {
      ...(await settingsFor(service, path)),
      variables: [
        { column: 3, name: 'Note' },
        { column: 0, name: 'Name' },
      ],
    };
    const { listId, counts } = await service.run(settings, noProgress);
    await service.close();
    expect(counts).toMatchObject({ rows: 7, valid: 4, invalid: 2, duplicate: 1, skippedEmpty: 2 });
    const rows = new ContactsRepo(db).rows({ listId, offset: 0, limit: 100 }).rows;
    expect(rows.map((r) => [r.rowNumber, r.raw, r.number, r.status, r.reason, r.duplicateOf, r.variables])).toEqual([
      [2, '9845012345', '+919845012345', 'valid', null, null, { Note: 'first', Name: 'Asha' }],
      [3, '+91 98450 12346', '+919845012346', 'valid', null, null, { Note: 'said "call"', Name: 'Rao, A' }],
      [4, 'N/A', null, 'invalid', 'letters', null, { Note: '', Name: 'Ravi' }],
      [5, '+919845012345', '+919845012345', 'duplicate', null, 2, { Note: 'repeat', Name: 'Asha again' }],
      [6, '09845012347', '+919845012347', 'valid', null, null, { Note: 'x', Name: 'Trailing' }],
      [9, '', null, 'invalid', 'empty-number', null, { Note: '', Name: 'No number' }],
      [10, '9845012348', '+919845012348', 'valid', null, null, { Note: 'last', Name: 'Meera' }],
    ]);
  });

  it('fails cleanly, saving nothing, when the file lost columns since it was opened', async () => {
    const db = openMemoryDatabase();
    const service = new ContactsImporter({ db, workers: 0 });
    const settings = { ...(await settingsFor(service, small)), phoneColumn: 9 };
    const error = await failure(service.run(settings, noProgress));
    expect(error.code).toBe('validation');
    expect(error.message).toMatch(/has 5 columns now/);
    expect(storedCounts(db)).toEqual({ lists: 0, blocks: 0 });
  });

  it('says in plain words when the file cannot be read, keeping the system’s own message for the log', async () => {
    const db = openMemoryDatabase();
    const service = new ContactsImporter({ db, workers: 0 });
    const settings = { ...(await settingsFor(service, small)), filePath: dir };
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const error = await failure(service.run(settings, noProgress));
      expect(error.message).toBe('The import stopped on a problem inside the app; no list was saved. The details are in the log.');
      expect(JSON.stringify(error.toShape())).not.toMatch(/EISDIR|campaign-desk-run/);
      expect(String(logged.mock.calls.flat().join(' '))).toContain('EISDIR');
    } finally {
      logged.mockRestore();
    }
    expect(storedCounts(db)).toEqual({ lists: 0, blocks: 0 });
  });
});
