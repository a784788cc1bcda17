import { z } from 'zod';
import { ActivityEntry } from '../../activity/schemas';

/** The Activity log: what happened, newest first. */
export const activityChannels = {
  'activity:list': {
    input: z.strictObject({ limit: z.number().int().min(1).max(500) }),
    output: z.array(ActivityEntry),
  },
} as const;
