import { beforeEach, describe, expect, it } from 'vitest';
import { Sandbox } from '../../../src/main/sandbox';
import { numbers, START } from '../exotel/helpers';
import { rawCaller, type RawCall } from './raw';

const MINUTE = 60_000;
let sandbox: Sandbox;
let call: RawCall;

beforeEach(() => {
  sandbox = new Sandbox({ seed: 5, speed: 0, start: START });
  call = rawCaller(sandbox);
});

const create = (fields: Record<string, unknown> = {}) =>
  call('POST', '/campaigns', {
    campaigns: [{ name: 'Truth check', caller_id: '08047112233', from: numbers(4), read_via_text: 'Hello', ...fields }],
  });

const idOf = (answer: Awaited<ReturnType<RawCall>>) => String((answer.item.data as { id: string }).id);

describe('the Sandbox tells the truth', () => {
  it('changes nothing when an update is refused: a bad action with a new name keeps the old name', async () => {
    const id = idOf(await create());
    const refused = await call('PUT', `/campaigns/${id}`, { campaigns: [{ action: 'archive', name: 'Renamed on the sly' }] });
    expect(refused.status).toBe(409);
    const after = await call('GET', `/campaigns/${id}`);
    expect((after.item.data as { name: string }).name).toBe('Truth check');

    const badField = await call('PUT', `/campaigns/${id}`, { campaigns: [{ action: 'pause', retries: { number_of_retries: 9 } }] });
    expect(badField.status).toBe(400);
    expect((await call('GET', `/campaigns/${id}`)).item.data).toMatchObject({ status: expect.stringMatching(/^created$/i) });
  });

  it('starts a campaign whose send_at is past right away, and dates no call before the campaign was made', async () => {
    const twoHoursAgo = new Date(START.getTime() - 2 * 60 * MINUTE).toISOString().replace('Z', '+00:00');
    const answer = await create({ schedule: { send_at: twoHoursAgo } });
    expect(answer.status).toBeLessThan(300);
    const id = idOf(answer);
    sandbox.clock.advance(30 * MINUTE);
    const campaign = (await call('GET', `/campaigns/${id}`)).item.data as { date_created: string; schedule: { send_at: string } };
    const created = Date.parse(campaign.date_created);
    expect(Date.parse(campaign.schedule.send_at)).toBeGreaterThanOrEqual(created);
    const details = await call('GET', `/campaigns/${id}/call-details?limit=50`);
    const calls = (details.body.response as Array<{ data: { date_created: string } }>).map((r) => Date.parse(r.data.date_created));
    expect(calls.length).toBeGreaterThan(0);
    for (const at of calls) expect(at).toBeGreaterThanOrEqual(created);
  });
});
