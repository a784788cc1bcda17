import { z } from 'zod';

/** One line of the Activity screen: what happened, when, for which account. */
export const ActivityEntry = z.object({
  id: z.number(),
  at: z.string(),
  accountId: z.string().nullable(),
  kind: z.string(),
  level: z.enum(['info', 'warning', 'error']),
  message: z.string(),
});
export type ActivityEntry = z.infer<typeof ActivityEntry>;
