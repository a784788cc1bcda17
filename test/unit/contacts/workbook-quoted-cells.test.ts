import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ContactsImporter } from '../../../src/main/services/contacts/contacts-importer';
import { ContactsRepo } from '../../../src/main/store/contacts-repo';
import { openMemoryDatabase } from '../../../src/main/store/db';
import { noProgress, settingsFor } from './helpers';
import { makeWorkbook, type MadeCell } from '../../support/workbook-maker';

const dir = mkdtempSync(join(tmpdir(), 'campaign-desk-quoted-cells-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Row `i` of the sheet: every seventh has an address over two lines, every eleventh a comma and quotes. */
function contact(i: number): MadeCell[] {
  const address = i % 7 === 0 ? `Flat ${i}\nMG Road` : `Flat ${i}`;
  const note = i % 11 === 0 ? `said "call at 5", ok` : `note ${i}`;
  return [`Person ${i}`, 9800000000 + i, address, note];
}

describe('workbook cells holding commas, quotes and line breaks', () => {
  it('imports every row of a long sheet under its Excel row number with its cells whole', async () => {
    const count = 3000;
    const path = join(dir, 'addresses.xlsx');
    const rows: MadeCell[][] = [['Name', 'Phone', 'Address', 'Note']];
    for (let i = 1; i <= count; i++) {
      rows.push(contact(i));
      // A blank row now and then, which Excel numbers like any other.
      if (i % 500 === 0 && i < count) rows.push([]);
    }
    await makeWorkbook(path, [{ name: 'Contacts', rows }]);

    const db = openMemoryDatabase();
    const service = new ContactsImporter({ db, workers: 0 });
    const { listId, counts } = await service.run(await settingsFor(service, path), noProgress);
    await service.close();
    const stored = new ContactsRepo(db).rows({ listId, offset: 0, limit: count + 10 }).rows;

    expect(counts).toMatchObject({ rows: count, valid: count, invalid: 0, skippedEmpty: count / 500 - 1 });
    expect(stored).toHaveLength(count);
    for (const row of stored) {
      const i = Number(row.variables['Name']?.replace('Person ', ''));
      const [, phone, address, note] = contact(i);
      expect(row.rowNumber).toBe(1 + i + Math.floor((i - 1) / 500));
      expect(row.raw).toBe(String(phone));
      expect(row.variables).toEqual({ Name: `Person ${i}`, Address: address, Note: note });
    }
  });
});
