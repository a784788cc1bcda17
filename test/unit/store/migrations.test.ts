import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, openDatabase, schemaVersion } from '../../../src/main/store/db';
import { migrations } from '../../../src/main/store/migrations';

describe('database migrations', () => {
  it('builds the whole schema from an empty file, in WAL mode', () => {
    const dir = mkdtempSync(join(tmpdir(), 'desk-db-'));
    const db = openDatabase(dir);
    expect(schemaVersion(db)).toBe(migrations.length);
    expect((db.prepare('PRAGMA journal_mode').get() as { journal_mode: string }).journal_mode).toBe('wal');
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>).map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['accounts', 'settings', 'activity']));
    db.close();
    expect(readdirSync(dir)).toContain('campaign-desk.sqlite');
  });

  it('re-running on an up-to-date file changes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'desk-db-'));
    openDatabase(dir).close();
    const db = openDatabase(dir);
    expect(migrate(db)).toEqual([]);
    expect(schemaVersion(db)).toBe(migrations.length);
    db.close();
  });

  it('numbers migrations 1, 2, 3... with no gaps', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });
});
