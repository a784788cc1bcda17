import { afterEach, describe, expect, it } from 'vitest';
import { ContactsImporter } from '../../../src/main/services/contacts/contacts-importer';
import { ContactsService } from '../../../src/main/services/contacts/contacts-service';
import { openMemoryDatabase } from '../../../src/main/store/db';
import { noProgress, settingsFor, sheet } from './helpers';

const opened: ContactsImporter[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((i) => i.close()));
});

function importer(workers = 1): ContactsImporter {
  const made = new ContactsImporter({ db: openMemoryDatabase(), workers });
  opened.push(made);
  return made;
}

describe('the import worker', () => {
  it('is one warm worker, kept from one import to the next', async () => {
    const imports = importer();
    expect(imports.workersStarted).toBe(0);
    const settings = await settingsFor(imports, sheet('orders.csv'));
    const first = await imports.run(settings, noProgress);
    expect(imports.workersStarted).toBe(1);
    const second = await imports.run(settings, noProgress);
    expect(imports.workersStarted).toBe(1);
    expect(second.counts).toEqual(first.counts);
  });

  it('starts while the user looks at a sheet, before any import is asked for; only the one an import uses', async () => {
    const imports = importer(2);
    const granted = sheet('orders.csv');
    // Only what a look at a sheet uses: the grant's path.
    const deps = { importer: imports, files: { pathOf: () => granted } } as unknown as ConstructorParameters<typeof ContactsService>[0];
    const contacts = new ContactsService(deps);
    const preview = await contacts.inspect('grant-1');
    expect(preview.fileName).toBe('orders.csv');
    expect(imports.workersStarted).toBe(1);
  });
});
