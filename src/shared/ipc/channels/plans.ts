import { z } from 'zod';
import { PlanAction, PlanActResult } from '../../plans/actions';
import { PlanView } from '../../plans/schemas';

const ById = z.strictObject({ id: z.string().min(1) });

/** Plans of daily runs: one campaign for the user, a campaign a calling day on Exotel. */
export const planChannels = {
  /** The active account's plans, newest first, each day with its outbox state and its campaign as last read. */
  'plans:list': { input: z.undefined(), output: z.array(PlanView) },
  'plans:get': { input: ById, output: PlanView },
  /** Pauses, resumes or completes the whole plan: each day's actions go to the outbox, with what was done to each day. */
  'plans:act': { input: z.strictObject({ id: z.string().min(1), action: PlanAction }), output: PlanActResult },
} as const;
