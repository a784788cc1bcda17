import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { JobProgress } from '../../../src/shared/jobs/schemas';
import { importSheet } from '../../support/import-sheet';
import { makeServices, type TestServices } from '../../support/services';

function sheet(rows: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'desk-outbox-send-'));
  const lines = ['Name,Phone'];
  for (let i = 0; i < rows; i++) lines.push(`Person ${i},98${String(71000000 + i).padStart(8, '0')}`);
  const file = join(dir, 'contacts.csv');
  writeFileSync(file, lines.join('\n'));
  return file;
}

let s: TestServices;
afterEach(() => s?.close());

describe('“Send to Exotel” on a contact list goes through the outbox', () => {
  it('the send is an outbox item named from the list’s id, and Activity keeps one line for it', async () => {
    s = makeServices();
    const { listId } = await importSheet(s, sheet(4), 'Outbox list');
    const finished = await s.jobs.wait(s.lists.send(listId, 'static').jobId);
    expect(finished).toMatchObject({ outcome: 'done', result: { accepted: 4, reused: false } });
    expect(s.outbox.list('sandbox')).toEqual([
      expect.objectContaining({ kind: 'list-send', state: 'done', key: `Campaign Desk static ${listId}`, title: 'Send “Outbox list” to Exotel (static)' }),
    ]);
    const lines = s.activity.recent(50).filter((a) => a.kind === 'upload' || a.kind === 'outbox');
    expect(lines.map((l) => l.kind)).toEqual(['upload']);
  });

  it('cancelling the job stops the item: it fails saying what stays on Exotel, and can be retried', async () => {
    let cancelled = false;
    s = makeServices({
      emit: (event, payload) => {
        const p = payload as JobProgress;
        if (event === 'progress' && p.phase === 'Adding contacts to the list' && !cancelled) cancelled = s.jobs.cancel(p.jobId);
      },
    });
    const { listId } = await importSheet(s, sheet(6000), 'Big list');
    const finished = await s.jobs.wait(s.lists.send(listId, 'static').jobId);
    expect(finished).toMatchObject({ outcome: 'cancelled' });
    const [item] = s.outbox.list('sandbox');
    expect(item).toMatchObject({ state: 'failed', message: expect.stringMatching(/^Cancelled\. What already reached Exotel stays there/), choices: ['retry'] });
    await s.outbox.decide(item!.id, 'retry');
    const { view, result } = await s.outbox.track(item!.id);
    expect(view.state).toBe('done');
    expect(result?.list).toMatchObject({ accepted: expect.any(Number), reused: true });
  }, 60_000);
});
