import { afterEach, describe, expect, it } from 'vitest';
import type { Draft, DraftFields } from '../../../src/shared/compose/draft';
import { INDIA_HOURS } from '../../../src/shared/compose/calling-hours';
import { instantToZoned } from '../../../src/shared/compose/zoned-time';
import { rawCaller } from '../sandbox/raw';
import { fieldsOf, makeServices, type TestServices } from './harness';

/** The launch check's summary and the campaign the Sandbox holds agree on a start and end inside the hours. */

let s: TestServices;
afterEach(() => s?.close());

/** The schedule as instants: the Sandbox writes `+05:30` in its own dialect and UTC `Z` in the docs'. */
const instants = (schedule: unknown): Record<string, string> =>
  Object.fromEntries(Object.entries(schedule as Record<string, string>).map(([k, v]) => [k, new Date(v).toISOString()]));
const at = (local: string): string => new Date(local).toISOString();

const inIndia = (daysAhead: number) => instantToZoned(new Date(Date.now() + daysAhead * 86_400_000), 'Asia/Kolkata').slice(0, 10);

async function launched(
  change: Partial<DraftFields>,
): Promise<{ summary: { startsAt: string; endsAt: string } | null; data: Record<string, unknown> }> {
  s = makeServices();
  const draft: Draft = s.drafts.create({ kind: 'blank' });
  const fields: DraftFields = {
    ...fieldsOf(draft),
    name: 'Hours check',
    audience: { kind: 'numbers', text: '9876500001\n9876500002' },
    content: { kind: 'text', text: 'Your order has shipped.', flowType: 'greeting', repeatMenuAttempts: 0 },
    ...change,
  };
  await s.accounts.setHours('sandbox', INDIA_HOURS);
  s.drafts.save(draft.id, fields);
  const check = await s.compose.check(draft.id);
  expect(check.issues).toEqual([]);
  const queued = await s.compose.launch(draft.id, fields.name, 2);
  await s.outbox.idle();
  const item = s.outbox.get(queued.id);
  if (item?.state !== 'done' || !item.campaignId) throw new Error(`the launch ended ${item?.state}: ${item?.message}`);
  const raw = await rawCaller(s.sandbox.sandbox)('GET', `/campaigns/${item.campaignId}`);
  return { summary: check.summary, data: raw.item.data as Record<string, unknown> };
}

describe('the created campaign keeps the calling hours (Sandbox set to India’s 09:00–21:00)', () => {
  it('a start at 22:00 IST is sent as 09:00 the next morning, ending at that day’s 21:00', async () => {
    const day = inIndia(2);
    const next = inIndia(3);
    const { summary, data } = await launched({ schedule: { kind: 'later', sendAt: `${day}T22:00`, endAt: '', timeZone: 'Asia/Kolkata' } });
    expect(instants(data.schedule)).toEqual({ send_at: at(`${next}T09:00:00+05:30`), end_at: at(`${next}T21:00:00+05:30`) });
    expect(summary?.startsAt).toBe(new Date(`${next}T09:00:00+05:30`).toISOString());
    expect(summary?.endsAt).toBe(new Date(`${next}T21:00:00+05:30`).toISOString());
  });

  it('a campaign narrowed to 10:00–19:00 ends at 19:00 IST, in the zone the user chose', async () => {
    const day = inIndia(2);
    const { data } = await launched({
      schedule: { kind: 'later', sendAt: `${day}T11:00`, endAt: '', timeZone: 'Asia/Kolkata' },
      hours: { opens: '10:00', closes: '19:00', days: [0, 1, 2, 3, 4, 5, 6], widenReason: '' },
    });
    expect(instants(data.schedule)).toEqual({ send_at: at(`${day}T11:00:00+05:30`), end_at: at(`${day}T19:00:00+05:30`) });
  });

  it('refuses to launch an end after the close, naming the field', async () => {
    s = makeServices();
    const draft = s.drafts.create({ kind: 'blank' });
    const day = inIndia(2);
    await s.accounts.setHours('sandbox', INDIA_HOURS);
    s.drafts.save(draft.id, {
      ...fieldsOf(draft),
      name: 'Hours check',
      audience: { kind: 'numbers', text: '9876500001' },
      content: { kind: 'text', text: 'Hello.', flowType: 'greeting', repeatMenuAttempts: 0 },
      schedule: { kind: 'later', sendAt: `${day}T12:00`, endAt: `${day}T23:30`, timeZone: 'Asia/Kolkata' },
    });
    await expect(s.compose.launch(draft.id, 'Hours check', 1)).rejects.toMatchObject({
      code: 'validation',
      details: { issues: [{ path: ['schedule', 'endAt'] }] },
    });
  });
});
