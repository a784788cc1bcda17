import Database from 'libsql';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AppError } from '../../shared/ipc/result';
import { migrations } from './migrations';

export type Db = InstanceType<typeof Database>;

export const DB_FILE_NAME = 'campaign-desk.sqlite';

/** Opens (or creates) the app database inside `userDataDir` and brings its schema up to date. */
export function openDatabase(userDataDir: string): Db {
  const file = join(userDataDir, DB_FILE_NAME);
  mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    refuseNewer(db);
  } catch (error) {
    db.close();
    throw error;
  }
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // NORMAL is durable across application crashes in WAL mode; only a power cut can lose the last commit.
  db.pragma('synchronous = NORMAL');
  migrate(db);
  return db;
}

export function openMemoryDatabase(): Db {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db);
  return db;
}

export function schemaVersion(db: Db): number {
  const row = db.prepare('PRAGMA user_version').get() as { user_version: number };
  return Number(row.user_version);
}

export const LATEST_SCHEMA = migrations.at(-1)?.version ?? 0;

/**
 * A file written by a newer version of the app has tables this one does not know: opening it could lose or
 * damage them, so it is refused before anything is written to it.
 */
function refuseNewer(db: Db): void {
  const version = schemaVersion(db);
  if (version <= LATEST_SCHEMA) return;
  throw new AppError(
    'unsupported-file',
    `The app’s data was saved by a newer version of Campaign Desk (data version ${version}; this version reads up to ${LATEST_SCHEMA}). ` +
      'Install the newer version again to open it. Nothing was changed.',
  );
}

/** Applies every migration newer than the file's `user_version`, each in its own transaction. */
export function migrate(db: Db): number[] {
  refuseNewer(db);
  const applied: number[] = [];
  let current = schemaVersion(db);
  for (const m of migrations) {
    if (m.version <= current) continue;
    if (m.version !== current + 1) throw new Error(`Migration ${m.version} (${m.name}) is out of sequence after ${current}`);
    db.transaction(() => {
      db.exec(m.sql);
      db.exec(`PRAGMA user_version = ${m.version}`);
    })();
    current = m.version;
    applied.push(m.version);
  }
  return applied;
}

/** libsql adds an enumerable `_metadata` key to rows; strip it before rows leave the store. */
export function cleanRow<T extends object>(row: T): T {
  if (row && '_metadata' in row) {
    const { _metadata: _ignored, ...rest } = row as T & { _metadata?: unknown };
    return rest as T;
  }
  return row;
}
