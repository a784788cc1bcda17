import type { Migration } from './index';

/**
 * What each day of a plan did not finish, and what became of it: found once after the day closed and its calls
 * were read, then carried into a catch-up run (in the same transaction as that run's outbox item, so a restart
 * never carries a day twice) or left by the user. `numbers_json` keeps the leftovers as found, in order.
 * A catch-up run is a day of the plan of its own; `carried_from` says which day it carries.
 */
export const m013PlanCarry: Migration = {
  version: 13,
  name: 'plan-carry',
  sql: `
    CREATE TABLE plan_carry (
      plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
      from_day INTEGER NOT NULL,
      numbers INTEGER NOT NULL,
      numbers_json TEXT NOT NULL,
      since TEXT NOT NULL,
      state TEXT NOT NULL CHECK (state IN ('none', 'waiting', 'carried', 'left')),
      into_day INTEGER,
      decided_at TEXT,
      PRIMARY KEY (plan_id, from_day)
    );
    ALTER TABLE plan_days ADD COLUMN carried_from INTEGER;
  `,
};
