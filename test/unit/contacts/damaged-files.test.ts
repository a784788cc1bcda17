import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContactsImporter } from '../../../src/main/services/contacts/contacts-importer';
import { ContactsRepo } from '../../../src/main/store/contacts-repo';
import { openMemoryDatabase } from '../../../src/main/store/db';
import { AppError } from '../../../src/shared/ipc/result';
import { noProgress, settingsFor } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'campaign-desk-damaged-'));

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const rows = (from: number, n: number) =>
  Array.from({ length: n }, (_, i) => `Person ${from + i},98${String(from + i).padStart(8, '0')}\n`).join('');

async function outcome(path: string, workers = 0) {
  const db = openMemoryDatabase();
  const service = new ContactsImporter({ db, workers });
  try {
    const settings = await settingsFor(service, path);
    const result = await service.run(settings, noProgress).catch((e: unknown) => e);
    const lists = Number((db.prepare('SELECT COUNT(*) AS n FROM contact_lists').get() as { n: number }).n);
    return { result, lists, repo: new ContactsRepo(db) };
  } finally {
    await service.close();
  }
}

describe('damaged files: nothing dropped, nothing huge', () => {
  it('refuses a quote that never closes, naming its line, instead of reading millions of lines as one row', async () => {
    // Line 102 opens a quote; 300,000 lines (about 6 MB) follow it.
    const path = write('unclosed-long.csv', `Name,Phone\n${rows(1, 100)}"Asha Rao,9876543210\n${rows(200, 300_000)}`);
    for (const workers of [0, 1]) {
      const { result, lists } = await outcome(path, workers);
      expect(result).toBeInstanceOf(AppError);
      expect((result as AppError).message).toMatch(/^Line 102 starts a row that never ends: usually a quote/);
      expect(lists).toBe(0);
    }
  });

  it('names the line of a quote left open near the end of the file too', async () => {
    const path = write(
      'unclosed-short.csv',
      `Name,Phone\n${rows(1, 40)}"City ""Centre"", Pune",9876500001\n"Asha Rao,9876543210\n${rows(200, 50)}`,
    );
    const { result } = await outcome(path);
    expect((result as AppError).message).toMatch(/^Line 43 starts a row that never ends/);
  });

  it('refuses a row with a cell over 4 KB, keeps 4 KB of it, and every other row as it was', async () => {
    const huge = 'x'.repeat(10_000);
    const path = write('long-cell.csv', `Name,Phone\nAsha,9876543210\n${huge},9876543211\nRavi,9876543212\n`);
    const { result, repo } = await outcome(path);
    const { listId, counts } = result as {
      listId: string;
      counts: { rows: number; valid: number; invalid: number; invalidReasons: Record<string, number> };
    };
    expect(counts).toMatchObject({ rows: 3, valid: 2, invalid: 1, invalidReasons: { 'cell-too-long': 1 } });
    const stored = repo.rows({ listId, offset: 0, limit: 10 }).rows;
    expect(stored.map((r) => [r.rowNumber, r.status, r.reason])).toEqual([
      [2, 'valid', null],
      [3, 'invalid', 'cell-too-long'],
      [4, 'valid', null],
    ]);
    expect(stored[1]?.variables.Name).toHaveLength(4096);
  });

  it('refuses a line longer than 1 MB with a plain reason', async () => {
    const path = write('long-line.csv', `Name,Phone\nAsha,9876543210\n${'y'.repeat(1_300_000)},9876543211\nRavi,9876543212\n`);
    const { result, lists } = await outcome(path);
    expect((result as AppError).message).toMatch(/^Line 3 starts a row that never ends/);
    expect(lists).toBe(0);
  });

  it('says a 64 KB header row is a header problem, not a file of blank lines', async () => {
    const service = new ContactsImporter({ db: openMemoryDatabase(), workers: 0 });
    const path = write('huge-header.csv', `${'Column,'.repeat(10_000)}Phone\n9876543210\n`);
    const error = await service.inspect(path).catch((e: unknown) => e);
    expect((error as AppError).details).toEqual({ kind: 'header-too-long' });
    expect((error as AppError).message).toMatch(/first row of “huge-header\.csv” \(its header/);
    expect((error as AppError).message).not.toMatch(/blank lines/);
  });
});
