import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OsFileInbox, sheetPathsFromArgs } from '../../../src/main/platform/os-files';

const dir = mkdtempSync(join(tmpdir(), 'campaign-desk-osfiles-'));
const csv = join(dir, 'contacts.csv');
const tsv = join(dir, 'Calls List.TSV');
const txt = join(dir, 'notes.txt');
const xlsx = join(dir, 'December dues.xlsx');
const xlsm = join(dir, 'Leads.XLSM');
for (const file of [csv, tsv, txt, xlsx, xlsm]) writeFileSync(file, 'phone\n+919876543210\n');

describe('sheets the OS opens with the app', () => {
  it('takes existing .csv and .tsv files from a Windows or Linux command line, leaving out the exe and switches', () => {
    const argv = ['C:\\Program Files\\Campaign Desk\\Campaign Desk.exe', '--allow-file-access-from-files', csv, txt, tsv, '--inspect=9229'];
    expect(sheetPathsFromArgs(argv.slice(1), '/')).toEqual([csv, tsv]);
  });

  it('takes Excel workbooks (.xlsx, .xlsm) double-clicked in a file manager', () => {
    expect(sheetPathsFromArgs([xlsx, txt, xlsm], '/')).toEqual([xlsx, xlsm]);
  });

  it('resolves a relative path against the folder the second start ran in', () => {
    expect(sheetPathsFromArgs(['contacts.csv'], dir)).toEqual([csv]);
  });

  it('accepts file:// addresses from Linux file managers, and refuses other schemes', () => {
    expect(sheetPathsFromArgs([pathToFileURL(csv).href], '/')).toEqual([csv]);
    expect(sheetPathsFromArgs(['https://example.com/contacts.csv'], '/')).toEqual([]);
  });

  it('leaves out missing files, folders and repeats', () => {
    expect(sheetPathsFromArgs([join(dir, 'gone.csv'), dir, csv, csv], '/')).toEqual([csv]);
  });

  it('keeps sheets that arrive before the app is ready, then hands each on once, in order', () => {
    const inbox = new OsFileInbox();
    const opened: string[] = [];
    inbox.receive([csv]);
    inbox.receive([tsv]);
    expect(opened).toEqual([]);
    inbox.attach((path) => opened.push(path));
    expect(opened).toEqual([csv, tsv]);
    inbox.receive([txt]);
    expect(opened).toEqual([csv, tsv, txt]);
  });
});
