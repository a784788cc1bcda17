import { z } from 'zod';

export const JobId = z.string().min(1).max(64);

export const JobKind = z.enum(['import', 'export', 'upload', 'sync']);
export type JobKind = z.infer<typeof JobKind>;

/** Pushed by main while a job runs; `total` is null while the size is not yet known. */
export const JobProgress = z.object({
  jobId: z.string(),
  kind: JobKind,
  title: z.string(),
  phase: z.string(),
  done: z.number(),
  total: z.number().nullable(),
  message: z.string(),
  /** True while `total` is worked out from the share of the file read so far: shown as "about". */
  estimated: z.boolean().optional(),
});
export type JobProgress = z.infer<typeof JobProgress>;

export const JobFinished = z.object({
  jobId: z.string(),
  kind: JobKind,
  title: z.string(),
  outcome: z.enum(['done', 'failed', 'cancelled']),
  message: z.string(),
  result: z.unknown().optional(),
});
export type JobFinished = z.infer<typeof JobFinished>;

export const JobStarted = z.object({ jobId: z.string() });
export type JobStarted = z.infer<typeof JobStarted>;
