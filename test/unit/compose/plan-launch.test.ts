import { afterEach, describe, expect, it } from 'vitest';
import type { Draft, DraftFields } from '../../../src/shared/compose/draft';
import { INDIA_HOURS } from '../../../src/shared/compose/calling-hours';
import { instantToZoned } from '../../../src/shared/compose/zoned-time';
import { PlansRepo } from '../../../src/main/store/plans-repo';
import { rawCaller } from '../sandbox/raw';
import { importSheet } from '../../support/import-sheet';
import { fieldsOf, makeServices, writeSheet, type TestServices } from './harness';

/** A campaign bigger than a day's calling hours, launched: one Exotel campaign a calling day, each inside the hours. */

let s: TestServices;
afterEach(() => s?.close());

const inIndia = (daysAhead: number) => instantToZoned(new Date(Date.now() + daysAhead * 86_400_000), 'Asia/Kolkata').slice(0, 10);
const numbers = (n: number) => Array.from({ length: n }, (_, i) => `98765${String(10000 + i).padStart(5, '0')}`);

// 10:00–10:20 at 1 call a minute, no retries, 90% planned: 18 numbers a day.
const base = (draft: Draft, change: Partial<DraftFields>): DraftFields => ({
  ...fieldsOf(draft),
  name: 'Dues plan',
  content: { kind: 'text', text: 'Your dues are pending.', flowType: 'greeting', repeatMenuAttempts: 0 },
  retries: { count: 0, intervalMins: 10, mechanism: 'Linear', onStatus: [] },
  mode: 'custom',
  throttle: 1,
  hours: { opens: '10:00', closes: '10:20', days: [0, 1, 2, 3, 4, 5, 6], widenReason: '' },
  schedule: { kind: 'later', sendAt: `${inIndia(2)}T09:00`, endAt: '', timeZone: 'Asia/Kolkata' },
  ...change,
});

async function launch(fields: (draft: Draft) => DraftFields, count: number) {
  await s.accounts.setHours('sandbox', INDIA_HOURS);
  const draft = s.drafts.create({ kind: 'blank' });
  const f = fields(draft);
  s.drafts.save(draft.id, f);
  const check = await s.compose.check(draft.id);
  expect(check.issues).toEqual([]);
  const first = await s.compose.launch(draft.id, f.name, count);
  await s.outbox.idle();
  return { check, first, draftId: draft.id };
}

async function campaignOf(id: string | null | undefined) {
  const item = id ? s.outbox.get(id) : null;
  if (item?.state !== 'done' || !item.campaignId) throw new Error(`the day's launch ended ${item?.state}: ${item?.message}`);
  return (await rawCaller(s.sandbox.sandbox)('GET', `/campaigns/${item.campaignId}`)).item.data as Record<string, unknown>;
}

describe('launching a plan of daily runs (Sandbox)', () => {
  it('typed numbers: one campaign a day from 10:00 to 10:20 IST, each with its share, every number once', async () => {
    s = makeServices();
    const typed = numbers(40);
    const { check } = await launch((d) => base(d, { audience: { kind: 'numbers', text: typed.join('\n') } }), 40);
    expect(check.summary?.plan?.days.map((d) => d.numbers)).toEqual([18, 18, 4]);

    const [plan] = new PlansRepo(s.db).list('sandbox');
    expect(plan?.days.map((d) => d.key)).toEqual(['Dues plan · day 1 of 3', 'Dues plan · day 2 of 3', 'Dues plan · day 3 of 3']);
    const called: string[] = [];
    for (const [i, day] of (plan?.days ?? []).entries()) {
      const data = await campaignOf(day.itemId);
      expect(data.name).toBe(day.key);
      const date = inIndia(2 + i);
      const schedule = data.schedule as { send_at: string; end_at: string };
      expect([new Date(schedule.send_at).toISOString(), new Date(schedule.end_at).toISOString()]).toEqual([
        new Date(`${date}T10:00:00+05:30`).toISOString(),
        new Date(`${date}T10:20:00+05:30`).toISOString(),
      ]);
      called.push(...((data.from as string[] | undefined) ?? []));
    }
    expect(called).toEqual(typed.map((n) => `+91${n}`));
  });

  it('a list with variables: each day sends its own run of the rows as a dynamic list and calls it', async () => {
    s = makeServices();
    const file = writeSheet('dues.csv', ['Name,Phone', ...numbers(20).map((n, i) => `Person ${i},${n}`)]);
    const { listId } = await importSheet(s, file, 'Dues list');
    await launch(
      (d) =>
        base(d, {
          audience: { kind: 'list', listId },
          content: { kind: 'text', text: 'Hello @@Name, your dues are pending.', flowType: 'greeting', repeatMenuAttempts: 0 },
        }),
      20,
    );
    const [plan] = new PlansRepo(s.db).list('sandbox');
    expect(plan?.days.map((d) => d.numbers)).toEqual([18, 2]);
    const client = await s.access.clientFor(s.accounts.activeAccount()!);
    const perDay: number[] = [];
    for (const day of plan?.days ?? []) {
      const lists = (await campaignOf(day.itemId)).lists as string[];
      expect(lists).toHaveLength(1);
      perDay.push((await client.lists.contacts(lists[0] as string, { limit: 100 })).items.length);
    }
    expect(perDay).toEqual([18, 2]);
  });

  it('ends at the close instead when the user chose so: one campaign, the rest left uncalled', async () => {
    s = makeServices();
    const { check, first } = await launch(
      (d) => base(d, { overflow: 'close', audience: { kind: 'numbers', text: numbers(40).join('\n') } }),
      40,
    );
    expect(check.summary?.plan).toBeNull();
    expect(check.summary?.notReachedBeforeEnd).toBe(20);
    expect(new PlansRepo(s.db).list('sandbox')).toEqual([]);
    expect(((await campaignOf(first.id)).from as string[]).length).toBe(40);
  });
});
