import { z } from 'zod';
import { CarryNotice, CarryOverState } from '../../plans/carry-over';

const ByAccount = z.strictObject({ accountId: z.string().min(1) });
const CarryAuto = z.object({ accountId: z.string(), auto: z.boolean() });
const ByDay = z.strictObject({ planId: z.string().min(1), fromDay: z.number().int().min(1) });

/** What the days of a plan did not finish: waiting to be carried over, carried, or left. */
export const carryOverChannels = {
  /** The active account's carry-over notices, newest first, and whether it carries over by itself. */
  'plans:carryList': { input: z.undefined(), output: CarryOverState },
  /** Carries a day's leftovers into a catch-up run on the next calling day, through the outbox. */
  'plans:carry': { input: ByDay, output: CarryNotice },
  /** Leaves a day's leftovers uncalled; "Call again those not reached" can still reach them. */
  'plans:carryLeave': { input: ByDay, output: CarryNotice },
  /** An account's "Carry over by itself" (on unless turned off). */
  'plans:carryAuto': { input: ByAccount, output: CarryAuto },
  /** Sets it; turning it on carries what is waiting at once. */
  'plans:carrySetAuto': { input: ByAccount.extend({ auto: z.boolean() }), output: CarryAuto },
} as const;
