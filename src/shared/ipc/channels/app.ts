import { z } from 'zod';
import { JobId, JobProgress } from '../../jobs/schemas';

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
  /** 'electron' in the desktop app; 'web-host' when the renderer runs in a browser against the loopback host. */
  shell: z.enum(['electron', 'web-host']),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const NetworkState = z.object({
  online: z.boolean(),
  /** The Sandbox's "Pretend to be offline" is on: the app is offline as after a network loss. */
  pretendOffline: z.boolean().optional(),
  lastSyncAt: z.string().nullable(),
});
export type NetworkState = z.infer<typeof NetworkState>;

export const appChannels = {
  'app:info': { input: z.undefined(), output: AppInfo },
  'app:openExternal': { input: z.strictObject({ url: z.string().max(2000) }), output: z.object({ opened: z.boolean() }) },
  'network:status': { input: z.undefined(), output: NetworkState },
  'network:pretendOffline': { input: z.strictObject({ on: z.boolean() }), output: NetworkState },
  'jobs:list': { input: z.undefined(), output: z.array(JobProgress) },
  'jobs:cancel': { input: z.strictObject({ jobId: JobId }), output: z.object({ cancelled: z.boolean() }) },
} as const;
