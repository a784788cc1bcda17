import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultImportSettings } from '../../../src/shared/contacts/default-settings';
import { makeServices, type TestServices } from '../../support/services';

let s: TestServices;
afterEach(() => s?.close());

async function importMessage(csv: string): Promise<string | undefined> {
  s = makeServices();
  const file = join(mkdtempSync(join(tmpdir(), 'desk-words-')), 'sheet.csv');
  writeFileSync(file, csv);
  const { fileId } = s.files.grant(file);
  const preview = await s.contacts.inspect(fileId);
  const { jobId } = s.contacts.startImport({ ...defaultImportSettings(preview, { country: 'IN', listName: 'Words' }), fileId });
  return (await s.jobs.wait(jobId))?.message;
}

describe('the words of a finished import', () => {
  it('a single row and a single empty line are named in the singular', async () => {
    expect(await importMessage('Phone\n9876500001\n\n')).toMatch(/^1 row: 1 valid, 0 invalid, 0 duplicate; 1 empty line skipped$/);
  });

  it('several are named in the plural', async () => {
    expect(await importMessage('Phone\n9876500001\n\n\n9876500002\n')).toMatch(/^2 rows: .*; 2 empty lines skipped$/);
  });
});
