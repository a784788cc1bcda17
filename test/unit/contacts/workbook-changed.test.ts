import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ContactsImporter } from '../../../src/main/services/contacts/contacts-importer';
import { ContactsRepo } from '../../../src/main/store/contacts-repo';
import { openMemoryDatabase } from '../../../src/main/store/db';
import { noProgress, settingsFor } from './helpers';
import { makeWorkbook, type MadeSheet } from '../../support/workbook-maker';

const dir = mkdtempSync(join(tmpdir(), 'campaign-desk-workbook-changed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sheetOf = (rows: Array<[string, number]>): MadeSheet => ({ name: 'Calls', rows: [['Name', 'Phone'], ...rows] });

describe('a workbook saved again between its preview and its import', () => {
  it.each([0, 1])('imports the rows the file holds when the import starts (%i workers)', async (workers) => {
    const path = join(dir, `calls-${workers}.xlsx`);
    await makeWorkbook(path, [
      sheetOf([
        ['Asha Rao', 9876543210],
        ['Ravi Nair', 9812345678],
      ]),
    ]);
    const db = openMemoryDatabase();
    const service = new ContactsImporter({ db, workers });
    try {
      const settings = await settingsFor(service, path);
      // The names are new text: a stale copy of the first file's strings would name these rows wrongly.
      await makeWorkbook(path, [
        sheetOf([
          ['Meera Iyer', 9822012345],
          ['Kabir Shah', 9833012345],
          ['Leela Menon', 9844012345],
        ]),
      ]);
      const { listId, counts } = await service.run(settings, noProgress);
      expect(counts.rows).toBe(3);
      const rows = new ContactsRepo(db).rows({ listId, offset: 0, limit: 10 }).rows;
      expect(rows.map((r) => [r.variables['Name'], r.raw])).toEqual([
        ['Meera Iyer', '9822012345'],
        ['Kabir Shah', '9833012345'],
        ['Leela Menon', '9844012345'],
      ]);
    } finally {
      await service.close();
    }
  });
});
