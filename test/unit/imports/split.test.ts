import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSheet } from '../../../bench/sheet-generator';
import { ContactListsRepo, ImportService } from '../../../src/main/services/imports';
import { planSplit } from '../../../src/main/services/imports/split-plan';
import { openMemoryDatabase, type Db } from '../../../src/main/store/db';
import type { ContactRow } from '../../../src/shared/imports/schemas';
import { AppError } from '../../../src/shared/ipc/result';
import { noProgress, settingsFor } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'campaign-desk-split-'));

/** Every row of a list, in sheet order, and each status page by page. */
function everything(db: Db, listId: string): { rows: ContactRow[]; byStatus: ContactRow[][] } {
  const repo = new ContactListsRepo(db);
  const all = (status?: ContactRow['status']): ContactRow[] => {
    const out: ContactRow[] = [];
    for (let offset = 0; ; offset += 1000) {
      const page = repo.rows({ listId, offset, limit: 1000, ...(status ? { status } : {}) });
      out.push(...page.rows);
      if (page.rows.length < 1000) return out;
    }
  };
  return { rows: all(), byStatus: [all('valid'), all('invalid'), all('duplicate')] };
}

/** Imports `file` read whole on the calling thread, and read in two halves by two workers. */
async function bothWays(split: ImportService, splitDb: Db, file: string) {
  const db = openMemoryDatabase();
  const whole = new ImportService({ db, workers: 0 });
  const a = await whole.run(await settingsFor(whole, file), noProgress);
  const b = await split.run(await settingsFor(split, file), noProgress);
  return { whole: { counts: a.counts, ...everything(db, a.listId) }, halves: { counts: b.counts, ...everything(splitDb, b.listId) } };
}

describe('reading a big sheet in two halves', () => {
  const db = openMemoryDatabase();
  // Small sheets keep the test quick; the cut works the same at any size.
  const splitFromBytes = 64 * 1024;
  const service = new ImportService({ db, workers: 2, splitFromBytes });
  const generated = join(dir, 'generated.csv');

  beforeAll(() => writeSheet(generated, { rows: 4000, seed: 11, duplicateShare: 0.1 }));
  afterAll(() => service.close());

  it('gives exactly the rows, statuses and duplicates one reader gives', async () => {
    expect(readFileSync(generated).length).toBeGreaterThan(splitFromBytes);
    const { whole, halves } = await bothWays(service, db, generated);
    expect(halves.counts).toEqual(whole.counts);
    expect(halves.rows).toEqual(whole.rows);
    expect(halves.byStatus).toEqual(whole.byStatus);
    // Numbers first seen in the first half and repeated in the second are caught.
    const middle = whole.rows[whole.rows.length / 2]?.rowNumber ?? 0;
    expect(halves.rows.some((r) => r.status === 'duplicate' && r.rowNumber > middle && (r.duplicateOf ?? 0) < middle)).toBe(true);
  });

  it('cuts between records, never inside a quoted cell with line breaks', async () => {
    const path = join(dir, 'quoted-middle.csv');
    const rows = Array.from({ length: 3000 }, (_, i) => `Name ${i},98${String(i).padStart(8, '0')},"Flat ${i},\r\nMG Road,\r\nPune"\r\n`);
    writeFileSync(path, `Name,Phone,Address\r\n${rows.join('')}`);
    const plan = await planSplit(path, 'utf-8', 0, readFileSync(path).length);
    expect(plan).not.toBeNull();
    // A record starts at the cut: the text before it ends a whole record.
    expect(readFileSync(path).subarray(plan!.boundary - 7, plan!.boundary).toString()).toBe('Pune"\r\n');
    const { whole, halves } = await bothWays(service, db, path);
    expect(halves.counts).toEqual(whole.counts);
    expect(halves.rows).toEqual(whole.rows);
  });

  it('falls back to one reader when a stray quote fools the cut, with the same result', async () => {
    const path = join(dir, 'stray-quotes.csv');
    const lines = Array.from({ length: 4000 }, (_, i) => `Name ${i},98${String(i).padStart(8, '0')},Pune\r\n`);
    lines[100] = 'TV 5" screen,9800000100,Pune\r\n';
    lines[3000] = 'Another 7" one,9800003000,Pune\r\n';
    writeFileSync(path, `Name,Phone,City\r\n${lines.join('')}`);
    // The count of quotes says row 102 to row 3002 sit inside one quoted cell: the cut
    // lands after row 3002 believing only 102 records come before it.
    const plan = await planSplit(path, 'utf-8', 0, readFileSync(path).length);
    expect(plan?.recordsBefore).toBe(102);
    const { whole, halves } = await bothWays(service, db, path);
    expect(halves.counts).toEqual(whole.counts);
    expect(halves.rows).toEqual(whole.rows);
    expect(whole.counts.rows).toBe(4000);
  });

  it('leaves no list behind when cancelled midway', async () => {
    const controller = new AbortController();
    const run = service.run(await settingsFor(service, generated), {
      accountId: null,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.phase === 'checking') controller.abort();
      },
    });
    const error = await run.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('cancelled');
    const one = (sql: string) => Number((db.prepare(sql).get() as { n: number }).n);
    expect(one(`SELECT COUNT(*) AS n FROM contact_lists WHERE state = 'importing'`)).toBe(0);
    expect(one('SELECT COUNT(*) AS n FROM contact_blocks WHERE list_id NOT IN (SELECT id FROM contact_lists)')).toBe(0);
  });
});
