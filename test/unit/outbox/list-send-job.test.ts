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
    const finished = await s.jobs.wait(s.contacts.send(listId, 'static').jobId);
    expect(finished).toMatchObject({ outcome: 'done', result: { accepted: 4, reused: false } });
    expect(s.outbox.list('sandbox')).toEqual([
      expect.objectContaining({
        kind: 'list-send',
        state: 'done',
        key: `Campaign Desk static ${listId}`,
        title: 'Send “Outbox list” to Exotel (static)',
      }),
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
    const finished = await s.jobs.wait(s.contacts.send(listId, 'static').jobId);
    expect(finished).toMatchObject({ outcome: 'cancelled' });
    const [item] = s.outbox.list('sandbox');
    expect(item).toMatchObject({
      state: 'failed',
      message: expect.stringMatching(
        /^Sending cancelled before any number went into the static Exotel list of “Big list”\. That list stays on Exotel/,
      ),
      choices: ['retry'],
    });
    await s.outbox.decide(item!.id, 'retry');
    const { view, result } = await s.outbox.track(item!.id);
    expect(view.state).toBe('done');
    expect(result?.list).toMatchObject({ accepted: expect.any(Number), reused: true });
  }, 60_000);

  it('a dynamic send cancelled while Exotel processes the file says its dynamic list stays there, and leaves the static one alone', async () => {
    let cancelled = false;
    s = makeServices({
      emit: (event, payload) => {
        const p = payload as JobProgress;
        if (event === 'progress' && p.phase === 'Exotel is processing the file' && !cancelled) cancelled = s.jobs.cancel(p.jobId);
      },
    });
    const { listId } = await importSheet(s, sheet(4), 'Pune dues');
    expect(await s.jobs.wait(s.contacts.send(listId, 'static').jobId)).toMatchObject({ outcome: 'done' });
    const staticLink = s.contacts.get(listId).exotel.find((l) => l.type === 'static')!;

    const finished = await s.jobs.wait(s.contacts.send(listId, 'dynamic').jobId);
    expect(cancelled).toBe(true);
    const note =
      /^Sending cancelled, but Exotel already had the file: it goes on adding the numbers to the dynamic Exotel list of “Pune dues” \(0 of 4 numbers accepted when you cancelled\), and that list stays on Exotel\. Sending again as dynamic reuses it/;
    expect(finished).toMatchObject({ outcome: 'cancelled', message: expect.stringMatching(note) });
    // Named by the list, never by an Exotel id, and never the static list's figures.
    expect(finished?.message).not.toMatch(/[0-9a-f]{32}/);
    expect(finished?.message).not.toMatch(/static/);
    const sendItems = s.outbox.list('sandbox').filter((i) => i.kind === 'list-send');
    expect(sendItems.find((i) => i.key === `Campaign Desk dynamic ${listId}`)).toMatchObject({
      state: 'failed',
      message: expect.stringMatching(note),
    });

    const links = s.contacts.get(listId).exotel;
    expect(links.find((l) => l.type === 'static')).toEqual(staticLink);
    const dynamicLink = links.find((l) => l.type === 'dynamic');
    expect(dynamicLink?.sid).toMatch(/^[0-9a-f]{32}$/);
    expect(dynamicLink?.sid).not.toBe(staticLink.sid);

    const again = await s.jobs.wait(s.contacts.send(listId, 'dynamic').jobId);
    expect(again).toMatchObject({ outcome: 'done', result: { reused: true, sid: dynamicLink!.sid } });
    expect(again?.message).toMatch(/^Reused the dynamic Exotel list of “Pune dues”/);
  }, 60_000);
});
