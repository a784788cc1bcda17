import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContactsImporter } from '../../../src/main/services/contacts/contacts-importer';
import { ContactsRepo } from '../../../src/main/store/contacts-repo';
import { openMemoryDatabase } from '../../../src/main/store/db';
import type { ImportProgress } from '../../../src/main/services/contacts/progress';
import type { AppError } from '../../../src/shared/ipc/result';
import { makeWorkbook } from '../../support/workbook-maker';
import { noProgress, settingsFor } from './helpers';

const ROWS = 20_000;
const dir = mkdtempSync(join(tmpdir(), 'campaign-desk-workbook-progress-'));
const book = join(dir, 'large.xlsx');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  const rows: Array<Array<string | number>> = [['Name', 'Phone']];
  for (let i = 0; i < ROWS; i++) rows.push([`Contact ${i + 1}`, 9000000000 + i]);
  await makeWorkbook(book, [{ name: 'Contacts', rows }]);
}, 60_000);

describe.each([
  ['on a worker thread', 1],
  ['on the calling thread', 0],
])('a workbook import %s', (_, workers) => {
  it('shows progress in rows, with a total near the true count before the end', async () => {
    const service = new ContactsImporter({ db: openMemoryDatabase(), workers });
    const seen: ImportProgress[] = [];
    const { counts } = await service.run(await settingsFor(service, book), { ...noProgress, onProgress: (p) => seen.push(p) });
    await service.close();
    expect(counts).toMatchObject({ rows: ROWS, valid: ROWS });
    const checking = seen.filter((p) => p.phase === 'checking');
    // Several steps along the way, not one at the start and one at the end.
    expect(checking.length).toBeGreaterThanOrEqual(3);
    expect(checking.every((p) => p.done <= ROWS)).toBe(true);
    const midway = checking.filter((p) => p.estimated && p.done > ROWS / 4 && p.done < ROWS);
    expect(midway.length).toBeGreaterThan(0);
    expect(midway.every((p) => Math.abs((p.total ?? 0) - ROWS) < ROWS * 0.25)).toBe(true);
    expect(seen.at(-1)).toMatchObject({ phase: 'saving', done: ROWS, total: ROWS });
  }, 60_000);

  it('leaves no list behind when cancelled midway', async () => {
    const db = openMemoryDatabase();
    const service = new ContactsImporter({ db, workers });
    const controller = new AbortController();
    let checked = 0;
    const run = service.run(await settingsFor(service, book), {
      accountId: null,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.phase !== 'checking') return;
        checked = p.done;
        controller.abort();
      },
    });
    const error = await run.then(
      () => null,
      (e: unknown) => e,
    );
    await service.close();
    expect((error as AppError).code).toBe('cancelled');
    expect(checked).toBeGreaterThan(0);
    expect(checked).toBeLessThan(ROWS);
    expect(new ContactsRepo(db).list()).toEqual([]);
  }, 60_000);
});

it('reads an .xlsm (a workbook that may hold macros, never run) as an .xlsx', async () => {
  const xlsm = join(dir, 'large.xlsm');
  copyFileSync(book, xlsm);
  const service = new ContactsImporter({ db: openMemoryDatabase(), workers: 0 });
  const preview = await service.inspect(xlsm);
  await service.close();
  expect(preview).toMatchObject({
    fileName: 'large.xlsm',
    headers: ['Name', 'Phone'],
    guessedPhoneColumn: 1,
    workbook: { sheet: 'Contacts', sheets: [{ name: 'Contacts', rows: ROWS + 1 }] },
  });
});
