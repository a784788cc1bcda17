import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { pollSleep } from '../../../src/main/services/contacts/upload-pacing';

describe('waiting between upload-status polls', () => {
  it('leaves no listener on the job’s signal: a 100,000-contact upload polls many times under one job', async () => {
    const job = new AbortController();
    for (let i = 0; i < 20; i++) await pollSleep(1, job.signal);
    expect(getEventListeners(job.signal, 'abort')).toHaveLength(0);
  });

  it('a cancel still ends the wait at once, as a cancel', async () => {
    const job = new AbortController();
    const waiting = pollSleep(60_000, job.signal);
    job.abort();
    await expect(waiting).rejects.toMatchObject({ code: 'cancelled' });
    expect(getEventListeners(job.signal, 'abort')).toHaveLength(0);
  });
});
