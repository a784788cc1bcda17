import { z } from 'zod';
import { CallsSyncResult, CampaignsRefreshResult } from '../campaigns/schemas';
import { ExotelListLink, ImportCounts } from '../contacts/schemas';

export const JobId = z.string().min(1).max(64);

/**
 * What each kind of job answers when it is done: one entry per kind. A new kind of job is one line here;
 * its kind, its result's type and the job-finished event's variant all follow from it.
 */
export const JOB_RESULTS = {
  /** A sheet read, checked and saved as a contact list. */
  import: z.object({ listId: z.string(), counts: ImportCounts }),
  /** A contact list sent to Exotel; `reused` when the same Exotel list was sent again. */
  upload: ExotelListLink.extend({ reused: z.boolean() }),
  /** The active account's campaigns read from Exotel. */
  sync: CampaignsRefreshResult,
  /** One campaign's calls read from Exotel into the cache. */
  calls: CallsSyncResult,
  /** A file written for the user. */
  export: z.object({ filePath: z.string().nullable(), rows: z.number() }),
} satisfies Record<string, z.ZodType>;

type Results = typeof JOB_RESULTS;
export type JobKind = keyof Results;
export const JobKind = z.enum(Object.keys(JOB_RESULTS) as [JobKind, ...JobKind[]]);
export type JobResult<K extends JobKind> = z.output<Results[K]>;

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

const JobOutcome = z.enum(['done', 'failed', 'cancelled']);

function finishedOf<K extends JobKind>(kind: K) {
  return z.object({
    jobId: z.string(),
    kind: z.literal(kind),
    title: z.string(),
    outcome: JobOutcome,
    message: z.string(),
    /** Present when the outcome is done. */
    result: JOB_RESULTS[kind].optional(),
  });
}

/** A job that finished, as a union on its kind: `result` has the kind's own shape. */
export type JobFinished = {
  [K in JobKind]: {
    jobId: string;
    kind: K;
    title: string;
    outcome: z.output<typeof JobOutcome>;
    message: string;
    result?: JobResult<K> | undefined;
  };
}[JobKind];

const variants = JobKind.options.map((kind) => finishedOf(kind));
export const JobFinished = z.discriminatedUnion(
  'kind',
  variants as [(typeof variants)[number], ...(typeof variants)[number][]],
) as unknown as z.ZodType<JobFinished>;

export const JobStarted = z.object({ jobId: z.string() });
export type JobStarted = z.infer<typeof JobStarted>;
