import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ContactsSender } from '../../../src/main/services/contacts/contacts-sender';
import { ContactsRepo } from '../../../src/main/store/contacts-repo';
import type { JobContext } from '../../../src/main/services/app/job-runner';
import { importSheet } from '../../support/import-sheet';
import { makeServices, type TestServices } from '../../support/services';

function sheet(rows: number, withVars = true): string {
  const dir = mkdtempSync(join(tmpdir(), 'desk-send-'));
  const lines = [withVars ? 'Name,Phone,City' : 'Phone'];
  for (let i = 0; i < rows; i++) {
    const phone = `98${String(76500000 + i).padStart(8, '0')}`;
    lines.push(withVars ? `Person ${i},${phone},Pune` : phone);
  }
  lines.push(withVars ? 'Broken,12ab,Pune' : '12ab');
  const file = join(dir, 'contacts.csv');
  writeFileSync(file, lines.join('\n'));
  return file;
}

const ctx = (): JobContext => ({ signal: new AbortController().signal, progress: () => undefined });

let s: TestServices;
afterEach(() => s?.close());

describe('sending a contact list to Exotel (Sandbox)', () => {
  it('static: creates the list, adds every valid contact, and sending again reuses the same Exotel list', async () => {
    s = makeServices();
    const { listId, counts } = await importSheet(s, sheet(12), 'Pune customers');
    expect(counts).toMatchObject({ rows: 13, valid: 12, invalid: 1 });

    const first = await s.jobs.wait(s.contacts.send(listId, 'static').jobId);
    expect(first).toMatchObject({ outcome: 'done' });
    const link = s.contacts.get(listId).exotel.find((l) => l.type === 'static');
    expect(link).toMatchObject({ accountId: 'sandbox', accepted: 12, failed: 0 });

    const account = s.accounts.activeAccount()!;
    const client = await s.access.clientFor(account);
    const contacts = (await client.lists.contacts(link!.sid, { limit: 100 })).items.map((c) => c.number);
    expect(contacts).toHaveLength(12);
    expect(contacts).toContain('+919876500000');

    const again = await s.jobs.wait(s.contacts.send(listId, 'static').jobId);
    expect(again).toMatchObject({ outcome: 'done' });
    expect(
      s.contacts
        .get(listId)
        .exotel.filter((l) => l.type === 'static')
        .map((l) => l.sid),
    ).toEqual([link!.sid]);
    const sameName = (await client.lists.list({ limit: 500 })).items.filter(
      (l) => l.sid === link!.sid || l.name.includes(listId.slice(0, 8)),
    );
    expect(sameName).toHaveLength(1);
    expect((await client.lists.contacts(link!.sid, { limit: 100 })).items).toHaveLength(12);
  });

  it('dynamic: uploads number plus the variable columns and waits for Exotel to process it', async () => {
    s = makeServices();
    const { listId } = await importSheet(s, sheet(8), 'Dynamic Pune');
    const account = s.accounts.activeAccount()!;
    const client = await s.access.clientFor(account);
    const sandbox = s.sandbox.sandbox;
    const sender = new ContactsSender({ lists: new ContactsRepo(s.db), sleep: async (ms) => sandbox.clock.advance(ms) });

    const { link } = await sender.send(listId, 'dynamic', account, client, ctx());
    expect(link).toMatchObject({ type: 'dynamic', accepted: 8, failed: 0 });
    const list = await client.lists.get(link.sid);
    expect(list.headers).toEqual(expect.arrayContaining(['Name', 'City']));

    const again = await sender.send(listId, 'dynamic', account, client, ctx());
    expect(again).toMatchObject({ reused: true, link: { sid: link.sid } });
  });

  it('a day of a plan sends only its run of the rows, as its own list, and leaves the list’s own link alone', async () => {
    s = makeServices();
    const { listId } = await importSheet(s, sheet(10), 'Plan days');
    const account = s.accounts.activeAccount()!;
    const client = await s.access.clientFor(account);
    const sandbox = s.sandbox.sandbox;
    const sender = new ContactsSender({ lists: new ContactsRepo(s.db), sleep: async (ms) => sandbox.clock.advance(ms) });

    const day2 = await sender.send(listId, 'static', account, client, ctx(), {
      name: 'Plan days · day 2 of 3',
      slice: { first: 4, count: 4 },
    });
    const day3 = await sender.send(listId, 'dynamic', account, client, ctx(), {
      name: 'Plan days · day 3 of 3',
      slice: { first: 8, count: 4 },
    });
    expect(day2.link.accepted).toBe(4);
    expect(day3.link.accepted).toBe(2);
    const numbers = (await client.lists.contacts(day2.link.sid, { limit: 100 })).items.map((c) => c.number).sort();
    expect(numbers).toEqual(['+919876500004', '+919876500005', '+919876500006', '+919876500007']);
    expect(s.contacts.get(listId).exotel).toEqual([]);
  });

  it('a static send cancelled after the first batch says Exotel keeps what it accepted, and the list shows it', async () => {
    s = makeServices();
    const { listId } = await importSheet(s, sheet(5200, false), 'Big list');
    const account = s.accounts.activeAccount()!;
    const client = await s.access.clientFor(account);
    const sender = new ContactsSender({ lists: new ContactsRepo(s.db) });
    const controller = new AbortController();
    const cancelling: JobContext = {
      signal: controller.signal,
      // The second batch is where the user presses Cancel.
      progress: (phase, done) => {
        if (phase === 'Creating contacts' && done >= 5000) controller.abort();
      },
    };
    const sending = sender.send(listId, 'static', account, client, cancelling);
    await expect(sending).rejects.toMatchObject({
      code: 'cancelled',
      message: expect.stringMatching(
        /Exotel had already accepted 5,000 of 5,200 numbers into the static Exotel list of “Big list”; they stay there/,
      ),
    });
    const link = s.contacts.get(listId).exotel.find((l) => l.type === 'static');
    expect(link).toMatchObject({ accepted: 5000 });
    expect((await client.lists.contacts(link!.sid, { limit: 100 })).items.length).toBeGreaterThan(0);
  });

  it('refuses plainly while offline for a real account, and keeps the list', async () => {
    s = makeServices();
    const { listId } = await importSheet(s, sheet(3, false), 'Offline list');
    const real = await s.accounts.create({ name: 'Real', accountSid: 'acme', apiKey: 'k1', apiToken: 't1', region: 'mumbai' });
    await s.accounts.setActive(real.id);
    s.desktop.online = false;
    s.network.check();
    expect(() => s.contacts.send(listId, 'static')).toThrow(/offline/);
    expect(s.contacts.get(listId).counts.valid).toBe(3);
  });

  it('a dynamic list with more than five variables is refused with what to do', async () => {
    s = makeServices();
    const dir = mkdtempSync(join(tmpdir(), 'desk-send-'));
    const file = join(dir, 'wide.csv');
    writeFileSync(file, 'Phone,A,B,C,D,E,F\n9876500001,1,2,3,4,5,6\n');
    const { listId } = await importSheet(s, file, 'Wide');
    const finished = await s.jobs.wait(s.contacts.send(listId, 'dynamic').jobId);
    expect(finished).toMatchObject({ outcome: 'failed', message: expect.stringMatching(/at most 5 variable columns.*choose 5/) });
  });
});
