import { createStore } from '../lib/create-store';
import type { JobFinished, JobProgress } from '../../shared/jobs/schemas';
import { call, desk, onEvent, toApiError } from '../lib/api';
import { toast } from '../components/toast-store';

interface JobsState {
  /** Running jobs by id, in the order they started. */
  running: Record<string, JobProgress>;
  cancelling: Record<string, boolean>;
  /** Recently finished jobs, so a screen that started one can read how it ended. */
  finished: Record<string, JobFinished>;
  /** Jobs whose screen reports the ending itself, so no second notice pops up for them. */
  quiet: Record<string, boolean>;
  track: (jobId: string, title: string, kind: JobProgress['kind'], options?: { quiet?: boolean }) => void;
  /** A screen that reported the job itself lets go of it (a dialog hidden mid-job): the ending then gets a notice. */
  speakUp: (jobId: string) => void;
  cancel: (jobId: string) => Promise<void>;
  follow: () => () => void;
}

export const jobsInitial = { running: {}, cancelling: {}, finished: {}, quiet: {} };

const KEEP_FINISHED = 20;

function without<T>(record: Record<string, T>, key: string): Record<string, T> {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

export const useJobs = createStore<JobsState>()((set, get) => ({
  ...jobsInitial,

  track: (jobId, title, kind, options) => {
    if (options?.quiet) set({ quiet: { ...get().quiet, [jobId]: true } });
    const known = get().running[jobId] ?? get().finished[jobId];
    if (known) return;
    // Show the job at once, before its first progress event arrives.
    set({
      running: {
        ...get().running,
        [jobId]: { jobId, kind, title, phase: 'starting', done: 0, total: null, message: 'Starting…' },
      },
    });
  },

  speakUp: (jobId) => set({ quiet: without(get().quiet, jobId) }),

  cancel: async (jobId) => {
    set({ cancelling: { ...get().cancelling, [jobId]: true } });
    try {
      await call(desk().jobs.cancel({ jobId }));
    } catch (cause) {
      toast('bad', 'Could not cancel', toApiError(cause).message);
      set({ cancelling: without(get().cancelling, jobId) });
    }
  },

  follow: () => {
    const offProgress = onEvent('progress', (progress) => {
      if (get().finished[progress.jobId]) return;
      set({ running: { ...get().running, [progress.jobId]: progress } });
    });
    const offFinished = onEvent('job:finished', (done) => {
      const finished = { ...get().finished, [done.jobId]: done };
      const ids = Object.keys(finished);
      for (const id of ids.slice(0, Math.max(0, ids.length - KEEP_FINISHED))) delete finished[id];
      set({
        running: without(get().running, done.jobId),
        cancelling: without(get().cancelling, done.jobId),
        finished,
      });
      if (get().quiet[done.jobId]) return;
      const tone = done.outcome === 'done' ? 'ok' : done.outcome === 'cancelled' ? 'warn' : 'bad';
      const ending = done.outcome === 'done' ? 'finished' : done.outcome === 'cancelled' ? 'cancelled' : 'failed';
      toast(tone, `${done.title}: ${ending}`, done.message);
    });
    // After a reload the jobs main is still running must show again, with their cancel buttons.
    void call(desk().jobs.list())
      .then((jobs) => {
        const running = { ...get().running };
        for (const job of jobs) if (!get().finished[job.jobId]) running[job.jobId] = job;
        set({ running });
      })
      .catch(() => undefined);
    return () => {
      offProgress();
      offFinished();
    };
  },
}));

export function firstRunningJob(running: Record<string, JobProgress>): JobProgress | null {
  const jobs = Object.values(running);
  return jobs[0] ?? null;
}
