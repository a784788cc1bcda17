import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { ContactRow } from '../../../shared/contacts/schemas';
import type { AccountRecord } from '../../store/accounts-repo';
import type { ContactsImporter } from '../contacts/contacts-importer';

/**
 * A list day's leftovers as a contact list of their own, with every variable's value, imported like any sheet
 * so they are checked and stored the same way; the catch-up run sends that list. Returns the new list's id.
 */
export async function importLeftoverRows(
  importer: Pick<ContactsImporter, 'run'>,
  scratchDir: string,
  account: AccountRecord,
  listName: string,
  rows: readonly ContactRow[],
): Promise<string> {
  const names = Object.keys(rows[0]?.variables ?? {});
  const data = rows.map((r) => [r.number ?? '', ...names.map((n) => r.variables[n] ?? '')]);
  const dir = mkdtempSync(join(scratchDir, 'carry-over-'));
  const filePath = join(dir, 'carried-over.csv');
  try {
    writeFileSync(filePath, Papa.unparse({ fields: ['number', ...names], data }, { newline: '\r\n' }), 'utf8');
    const { listId } = await importer.run(
      {
        filePath,
        encoding: 'utf-8',
        delimiter: ',',
        phoneColumn: 0,
        variables: names.map((name, i) => ({ column: i + 1, name })),
        country: account.defaultCountry,
        listName: listName.slice(0, 100),
      },
      { accountId: account.id, signal: new AbortController().signal, onProgress: () => undefined },
    );
    return listId;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
