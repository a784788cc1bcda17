import type { Migration } from './index';

/** An empty step: the schema is the same at this version as at the one before. */
export const m013NoChange: Migration = {
  version: 13,
  name: 'no-change',
  sql: `SELECT 1;`,
};
