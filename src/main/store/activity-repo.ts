import type { Db } from './db';
import { cleanRow } from './db';
import type { ActivityEntry } from '../../shared/activity/schemas';

export interface NewActivity {
  accountId: string | null;
  kind: string;
  level: ActivityEntry['level'];
  message: string;
  details?: unknown;
}

/** The Activity log: what happened, when, for which account. */
export class ActivityRepo {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  add(entry: NewActivity): void {
    this.db
      .prepare('INSERT INTO activity (at, account_id, kind, level, message, details) VALUES (?, ?, ?, ?, ?, ?)')
      .run(
        this.now().toISOString(),
        entry.accountId,
        entry.kind,
        entry.level,
        entry.message,
        entry.details === undefined ? null : JSON.stringify(entry.details),
      );
  }

  recent(limit: number): ActivityEntry[] {
    const rows = this.db
      .prepare('SELECT id, at, account_id, kind, level, message FROM activity ORDER BY id DESC LIMIT ?')
      .all(limit) as Array<{
      id: number;
      at: string;
      account_id: string | null;
      kind: string;
      level: ActivityEntry['level'];
      message: string;
    }>;
    return rows.map((raw) => {
      const r = cleanRow(raw);
      return { id: Number(r.id), at: r.at, accountId: r.account_id, kind: r.kind, level: r.level, message: r.message };
    });
  }
}
