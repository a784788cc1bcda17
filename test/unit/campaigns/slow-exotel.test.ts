import { describe, expect, it } from 'vitest';
import { harness, type Harness } from './harness';

async function finishedCampaign(h: Harness): Promise<string> {
  await h.refresh();
  const id = h.service.list().campaigns.find((c) => c.status === 'completed')?.id;
  if (!id) throw new Error('no completed campaign');
  return id;
}

describe('a slow Exotel never holds what a person waits on', () => {
  it('the calls table shows the cached calls within its bound and says Exotel is slow and what happens next', async () => {
    const h = harness({ interactiveMs: 300 });
    const id = await finishedCampaign(h);
    const first = await h.service.calls({ id, offset: 0, limit: 20 });
    expect(first.rows).toHaveLength(20);
    h.sandbox.faults.inject({ kind: 'slow', delayMs: 10_000, path: /call-details$/, count: Infinity });
    const began = Date.now();
    const page = await h.service.calls({ id, offset: 20, limit: 20 });
    expect(Date.now() - began).toBeLessThan(1500);
    expect(page.loaded).toBe(20);
    expect(page.notice).toBe(
      'Exotel is slow to answer: nothing came within 1 second, so the calls read before are shown. The table asks again when you scroll or open it again; Sync calls keeps reading in the background.',
    );
  });

  it('a refresh the user clicked says on its progress that Exotel is slow, and how long the app keeps trying', async () => {
    const h = harness({ tuning: { slowAfterMs: 100 } });
    h.sandbox.faults.inject({ kind: 'slow', delayMs: 600, path: '/campaigns' });
    const started = h.service.refresh();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const running = h.jobs.list().find((p) => p.jobId === started.jobId);
    expect(running?.message).toBe(
      'Exotel is slow to answer. The app keeps trying for up to 45 seconds; if no answer comes, the list stays as the last sync left it.',
    );
    const done = await h.finish(started);
    expect(done.outcome).toBe('done');
  });
});
