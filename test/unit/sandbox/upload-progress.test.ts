import { describe, expect, it } from 'vitest';
import { Sandbox } from '../../../src/main/sandbox';
import { START } from '../exotel/helpers';
import { rawCaller } from './raw';

const numbers = (n: number): string => Array.from({ length: n }, (_, i) => `+9198${String(10_000_000 + i).slice(-8)},Name ${i}`).join('\n');

async function uploadOf(rows: number) {
  const sandbox = new Sandbox({ seed: 5, speed: 0, start: START });
  const call = rawCaller(sandbox);
  const form = new FormData();
  form.set('list_name', `Upload of ${rows}`);
  form.set('type', 'dynamic');
  form.set('file_name', new Blob([`number,Name\n${numbers(rows)}\n`], { type: 'text/csv' }), 'contacts.csv');
  const answer = await call('POST', '/contacts/csv-upload', form);
  const id = (answer.item.summary as { upload_id: string }).upload_id;
  const status = async (afterMs: number) => {
    sandbox.clock.advance(afterMs);
    return (await call('GET', `/csv-status/${id}`)).item.data as { status: string; stats: { total: number; success: number } };
  };
  return { status };
}

describe('the Sandbox’s CSV upload as it is processed', () => {
  it('takes 2 s plus 0.5 s per 1,000 rows, and its counts grow as it goes', async () => {
    const { status } = await uploadOf(10_000);
    // 2,000 + 10,000 / 1,000 × 500 = 7,000 ms of simulated processing.
    const halfway = await status(3500);
    expect(halfway.status).toBe('in-progress');
    expect(halfway.stats).toMatchObject({ total: 10_000, success: 5000 });
    const justBefore = await status(3499);
    expect(justBefore.status).toBe('in-progress');
    expect(justBefore.stats.success).toBeLessThan(10_000);
    expect(justBefore.stats.success).toBeGreaterThan(9990);
    const done = await status(1);
    expect(done).toMatchObject({ status: 'completed', stats: { total: 10_000, success: 10_000 } });
  });

  it('is exact for a size that is not whole thousands', async () => {
    const { status } = await uploadOf(1500);
    expect((await status(2749)).status).toBe('in-progress');
    expect((await status(1)).status).toBe('completed');
  });

  it('a file of a header alone completes with no rows', async () => {
    const sandbox = new Sandbox({ seed: 5, speed: 0, start: START });
    const call = rawCaller(sandbox);
    const form = new FormData();
    form.set('list_name', 'Empty');
    form.set('type', 'dynamic');
    form.set('file_name', new Blob(['number,Name\n'], { type: 'text/csv' }), 'contacts.csv');
    const answer = await call('POST', '/contacts/csv-upload', form);
    const id = (answer.item.summary as { upload_id: string }).upload_id;
    sandbox.clock.advance(2000);
    expect((await call('GET', `/csv-status/${id}`)).item.data).toMatchObject({ status: 'completed', stats: { total: 0, success: 0 } });
  });
});
