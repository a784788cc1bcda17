import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/ipc/result';
import { cancelNoteOf } from '../../../shared/jobs/cancelled';
import { redactError } from '../../../shared/redact';
import type { JobFinished, JobKind, JobProgress } from '../../../shared/jobs/schemas';
import type { EventSink } from '../../platform/desktop';
import type { ActivityRepo } from '../../store/activity-repo';

export interface JobContext {
  signal: AbortSignal;
  /** `estimated`: the total is a guess that firms up as the work goes on. */
  progress(phase: string, done: number, total: number | null, message?: string, estimated?: boolean): void;
}

/** A job of kind K whose result T has that kind's declared shape (see JOB_RESULTS). */
export interface JobSpec<T, K extends JobKind = JobKind> {
  kind: K;
  title: string;
  accountId: string | null;
  work(ctx: JobContext): Promise<T>;
  /** The Activity line for a finished job, in plain words. */
  describe(result: T): string;
}

/**
 * What a cancel leaves behind, per kind of job, for when the work itself did not say. A send's cancel
 * cannot take back what Exotel already accepted, so it never claims that nothing was kept.
 */
export const CANCEL_WORDS: Record<JobKind, string> = {
  import: 'Import cancelled: no list was saved; the sheet is unchanged.',
  upload: 'Sending cancelled. What Exotel already accepted stays in its list there; sending again adds the rest to that same list.',
  sync: 'Sync cancelled: the campaigns keep the figures of the last finished sync; nothing changed on Exotel.',
  calls: 'Reading the calls cancelled: the calls read so far are kept and the next sync goes on from there; nothing changed on Exotel.',
  export: 'Export cancelled: the partial file was removed.',
};

/** A service that knows more (how many Exotel accepted, which list) says so in its cancel error. */
function cancelMessage(kind: JobKind, error: unknown): string {
  const note = cancelNoteOf(error);
  if (note) return note;
  return CANCEL_WORDS[kind];
}

interface Running {
  accountId: string | null;
  progress: JobProgress;
  controller: AbortController;
  lastSent: number;
  finished: Promise<JobFinished>;
}

/** Long work (imports, uploads, exports, syncs) runs here: an id at once, progress events, cancel, an Activity line. */
export class JobRunner {
  private readonly running = new Map<string, Running>();

  constructor(
    private readonly deps: {
      emit: EventSink;
      activity: ActivityRepo;
      now?: () => number;
      /** Progress events for one job are sent at most this often, except when the phase changes. */
      progressIntervalMs?: number;
    },
  ) {}

  /** T should be the kind's result (JOB_RESULTS); the job-finished event is checked against it in development and tests. */
  start<T, K extends JobKind = JobKind>(spec: JobSpec<T, K>): { jobId: string } {
    const jobId = randomUUID();
    const controller = new AbortController();
    const now = this.deps.now ?? Date.now;
    const interval = this.deps.progressIntervalMs ?? 100;
    const progress: JobProgress = { jobId, kind: spec.kind, title: spec.title, phase: 'starting', done: 0, total: null, message: '' };
    const entry: Running = {
      accountId: spec.accountId,
      progress,
      controller,
      lastSent: 0,
      finished: Promise.resolve(null as unknown as JobFinished),
    };
    this.running.set(jobId, entry);

    const ctx: JobContext = {
      signal: controller.signal,
      progress: (phase, done, total, message = '', estimated) => {
        const phaseChanged = phase !== entry.progress.phase;
        entry.progress = { jobId, kind: spec.kind, title: spec.title, phase, done, total, message, ...(estimated ? { estimated } : {}) };
        const t = now();
        if (phaseChanged || t - entry.lastSent >= interval || (total !== null && done >= total)) {
          entry.lastSent = t;
          this.deps.emit('progress', entry.progress);
        }
      },
    };

    this.deps.emit('progress', progress);
    entry.finished = this.execute(spec, ctx, jobId);
    return { jobId };
  }

  private async execute<T, K extends JobKind>(spec: JobSpec<T, K>, ctx: JobContext, jobId: string): Promise<JobFinished> {
    let finished: JobFinished;
    try {
      const result = await spec.work(ctx);
      // The spec ties the result to its kind; the union cannot see that through the generic.
      finished = { jobId, kind: spec.kind, title: spec.title, outcome: 'done', message: spec.describe(result), result } as JobFinished;
      this.note({ accountId: spec.accountId, kind: spec.kind, level: 'info', message: `${spec.title}: ${finished.message}` });
    } catch (error) {
      const cancelled = ctx.signal.aborted || (error instanceof AppError && error.code === 'cancelled');
      const message = cancelled
        ? cancelMessage(spec.kind, error)
        : error instanceof AppError
          ? error.message
          : 'Something went wrong inside the app; the details are in the log.';
      finished = { jobId, kind: spec.kind, title: spec.title, outcome: cancelled ? 'cancelled' : 'failed', message };
      if (!cancelled && !(error instanceof AppError)) console.error(`[job ${spec.kind}]`, redactError(error));
      this.note({
        accountId: spec.accountId,
        kind: spec.kind,
        level: cancelled ? 'warning' : 'error',
        message: `${spec.title}: ${message}`,
      });
    }
    this.running.delete(jobId);
    this.deps.emit('job:finished', finished);
    return finished;
  }

  /** An Activity line; a job that outlived the app's closing deadline finds the store closed and logs instead. */
  private note(entry: Parameters<ActivityRepo['add']>[0]): void {
    try {
      this.deps.activity.add(entry);
    } catch (error) {
      console.warn('[job] could not record in Activity:', entry.message, redactError(error));
    }
  }

  cancel(jobId: string): boolean {
    const entry = this.running.get(jobId);
    if (!entry) return false;
    entry.controller.abort();
    return true;
  }

  /** The jobs running for one account, e.g. to settle them when the user switches away from it. */
  forAccount(accountId: string): JobProgress[] {
    return [...this.running.values()].filter((r) => r.accountId === accountId).map((r) => r.progress);
  }

  list(): JobProgress[] {
    return [...this.running.values()].map((r) => r.progress);
  }

  /** Resolves when the job ends; for callers that need the outcome (tests, chained work). */
  async wait(jobId: string): Promise<JobFinished | null> {
    const entry = this.running.get(jobId);
    return entry ? entry.finished : null;
  }

  cancelAll(): void {
    for (const entry of this.running.values()) entry.controller.abort();
  }

  /**
   * Cancels every job and resolves once each has finished its own cleanup, or when the deadline passes;
   * true when all ended in time. Whatever closes the store waits for this first.
   */
  async stopAll(deadlineMs: number): Promise<boolean> {
    const pending = [...this.running.values()].map((entry) => entry.finished);
    this.cancelAll();
    if (pending.length === 0) return true;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<false>((done) => {
      timer = setTimeout(() => done(false), deadlineMs);
    });
    try {
      return await Promise.race([Promise.all(pending).then(() => true as const), late]);
    } finally {
      clearTimeout(timer);
    }
  }
}
