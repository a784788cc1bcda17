import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/shared/ipc/result';
import { JobRunner } from '../../../src/main/services/app/job-runner';
import { ActivityRepo } from '../../../src/main/store/activity-repo';
import { openMemoryDatabase } from '../../../src/main/store/db';

function runner() {
  const events: Array<{ event: string; payload: Record<string, unknown> }> = [];
  const activity = new ActivityRepo(openMemoryDatabase());
  let t = 0;
  const jobs = new JobRunner({
    emit: (event, payload) => events.push({ event, payload: payload as Record<string, unknown> }),
    activity,
    now: () => t,
    progressIntervalMs: 100,
  });
  return { jobs, events, activity, tick: (ms: number) => (t += ms) };
}

describe('jobs', () => {
  it('returns an id at once, reports progress and leaves an Activity line', async () => {
    const { jobs, events, activity, tick } = runner();
    const { jobId } = jobs.start({
      kind: 'import',
      title: 'Import leads.csv',
      accountId: null,
      work: async (ctx) => {
        for (let i = 1; i <= 5; i++) {
          tick(150);
          ctx.progress('checking', i, 5, `${i} of 5`);
        }
        return 5;
      },
      describe: (n) => `${n} rows saved`,
    });
    expect(jobs.list().map((j) => j.jobId)).toEqual([jobId]);
    const finished = await jobs.wait(jobId);
    expect(finished).toMatchObject({ outcome: 'done', message: '5 rows saved' });
    expect(events.filter((e) => e.event === 'progress').at(-1)?.payload).toMatchObject({ done: 5, total: 5 });
    expect(events.at(-1)).toMatchObject({ event: 'job:finished', payload: { jobId, outcome: 'done' } });
    expect(activity.recent(5)[0]?.message).toBe('Import leads.csv: 5 rows saved');
    expect(jobs.list()).toEqual([]);
  });

  it('sends progress at a bounded rate so a fast loop cannot flood the window', async () => {
    const { jobs, events } = runner();
    const { jobId } = jobs.start({
      kind: 'import',
      title: 'Big',
      accountId: null,
      work: async (ctx) => {
        for (let i = 1; i <= 10_000; i++) ctx.progress('checking', i, 10_000);
      },
      describe: () => 'done',
    });
    await jobs.wait(jobId);
    expect(events.filter((e) => e.event === 'progress').length).toBeLessThan(10);
  });

  it('cancels through the AbortSignal and says so', async () => {
    const { jobs, activity } = runner();
    const { jobId } = jobs.start({
      kind: 'upload',
      title: 'Send list',
      accountId: 'a1',
      work: (ctx) => new Promise((_, reject) => ctx.signal.addEventListener('abort', () => reject(new AppError('cancelled', 'stopped')))),
      describe: () => 'never',
    });
    expect(jobs.cancel(jobId)).toBe(true);
    expect(await jobs.wait(jobId)).toMatchObject({ outcome: 'cancelled' });
    expect(activity.recent(1)[0]).toMatchObject({ level: 'warning', accountId: 'a1' });
    expect(jobs.cancel(jobId)).toBe(false);
  });

  it('a cancel without its own words says what stays, in words for its kind of job', async () => {
    const { jobs } = runner();
    const cancelOf = async (kind: 'import' | 'upload' | 'sync' | 'export') => {
      const { jobId } = jobs.start({
        kind,
        title: kind,
        accountId: null,
        work: (ctx) => new Promise((_, reject) => ctx.signal.addEventListener('abort', () => reject(new Error('aborted')))),
        describe: () => 'never',
      });
      jobs.cancel(jobId);
      return (await jobs.wait(jobId))?.message;
    };
    expect(await cancelOf('upload')).toMatch(/What Exotel already accepted stays in its list there/);
    expect(await cancelOf('import')).toMatch(/no list was saved/);
    expect(await cancelOf('sync')).toMatch(/nothing changed on Exotel/);
    expect(await cancelOf('export')).toMatch(/partial file was removed/);
    for (const kind of ['import', 'upload', 'sync', 'export'] as const) expect(await cancelOf(kind)).not.toMatch(/nothing was kept/);
  });

  it('a cancel that says more about what happened keeps its own words', async () => {
    const { jobs } = runner();
    const { jobId } = jobs.start({
      kind: 'upload',
      title: 'Send',
      accountId: null,
      work: (ctx) =>
        new Promise((_, reject) =>
          ctx.signal.addEventListener('abort', () => reject(new AppError('cancelled', 'Exotel had already accepted 5 numbers.'))),
        ),
      describe: () => 'never',
    });
    jobs.cancel(jobId);
    expect(await jobs.wait(jobId)).toMatchObject({ outcome: 'cancelled', message: 'Exotel had already accepted 5 numbers.' });
  });

  it('a failure keeps its plain message', async () => {
    const { jobs } = runner();
    const { jobId } = jobs.start({
      kind: 'export',
      title: 'Export',
      accountId: null,
      work: async () => {
        throw new AppError('exotel', 'Exotel rejected the API token for this account');
      },
      describe: () => '',
    });
    expect(await jobs.wait(jobId)).toMatchObject({ outcome: 'failed', message: 'Exotel rejected the API token for this account' });
  });
});
