import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createExotelClient, toCallScheduleCallback, toCampaignStatusCallback, type ExotelClient } from '../../../src/main/exotel';
import { fakeClock } from './helpers';

const dir = join(__dirname, '../../fixtures/exotel');
const fixture = (name: string): string => readFileSync(join(dir, name), 'utf8');

interface Seen {
  url: string;
  init: RequestInit;
}

/** A client whose every request is answered with one of Exotel's published sample answers. */
function answering(name: string, status = 200): { client: ExotelClient; seen: Seen[] } {
  const seen: Seen[] = [];
  const client = createExotelClient({
    credentials: { baseUrl: 'https://api.exotel.com', accountSid: 'Exotel', apiKey: 'key', apiToken: 'token' },
    fetch: async (url, init) => {
      seen.push({ url, init });
      return new Response(fixture(name), { status, headers: { 'content-type': 'application/json' } });
    },
    clock: fakeClock(),
  });
  return { client, seen };
}

const zeroStats = {
  created: 0,
  inProgress: 0,
  retry: 0,
  retrying: 0,
  failed: 0,
  failedDnd: 0,
  invalid: 0,
  paused: 0,
  failedNoAttempt: 0,
  completed: 0,
  pending: 0,
};

describe('Exotel’s published sample answers', () => {
  it('create: a dynamic IVR campaign, sent wrapped with Basic auth, read back with every documented field', async () => {
    const { client, seen } = answering('campaign-create.json');
    const c = await client.campaigns.create({
      name: 'Exotel_2022-08-08 16:33:22',
      callerId: '0XXXX83280',
      lists: ['b7799a24becf436da672163858e8165d'],
      campaignType: 'dynamic',
      flowType: 'ivr',
      readViaText: 'Hi @@Name @@Last name , your order ID is @@Order ID . Press 1 to proceed, press 2 to abort',
      retries: { numberOfRetries: 1, intervalMins: 1, mechanism: 'Exponential', onStatus: ['failed', 'busy'] },
      customField: '{"name": "yo"}',
    });
    expect(seen[0]?.url).toBe('https://api.exotel.com/v2/accounts/Exotel/campaigns');
    expect(seen[0]?.init.method).toBe('POST');
    expect(new Headers(seen[0]?.init.headers).get('authorization')).toBe(`Basic ${Buffer.from('key:token').toString('base64')}`);
    const body = JSON.parse(String(seen[0]?.init.body)) as { campaigns: Record<string, unknown>[] };
    expect(body.campaigns[0]).toMatchObject({
      caller_id: '0XXXX83280',
      campaign_type: 'dynamic',
      flow_type: 'ivr',
      custom_field: '{"name": "yo"}',
    });
    expect(body.campaigns[0]?.retries).toEqual({
      number_of_retries: 1,
      interval_mins: 1,
      mechanism: 'Exponential',
      on_status: ['failed', 'busy'],
    });

    expect(c).toMatchObject({
      id: '59beaff7d1c887e877a3b5942bc389fd1688',
      accountSid: 'Exotel',
      name: 'Exotel_2022-08-08 16:33:22',
      type: 'trans',
      callerId: '0XXXX83280',
      campaignType: 'dynamic',
      flowType: 'ivr',
      repeatMenuAttempts: 0,
      lists: ['b7799a24becf436da672163858e8165d'],
      url: 'http://my.exotel.com/Exotel/exoml/start_voice/528696',
      status: 'created',
      statusText: 'Created',
      customField: '{"name": "yo"}',
      callDuplicateNumbers: false,
      mode: 'auto',
      dateCreated: '2022-08-08T16:33:22+05:30',
      statusCallback: 'https://mycallback.sampledomain.in/1gvta9f1',
    });
    expect(c.readViaText).toContain('@@Order ID');
    expect(c.retries).toEqual({ numberOfRetries: 1, intervalMins: 1, mechanism: 'Exponential', onStatus: ['failed', 'busy'] });
    expect(c.schedule).toEqual({ sendAt: '2022-08-08T16:34:22+05:30', endAt: '2022-09-07T16:34:22+05:30' });
    expect(c.stats).toEqual(zeroStats);
    expect(c.summary).toEqual({
      scheduled: 0,
      initialized: 0,
      completed: 0,
      failed: 0,
      inProgress: 0,
      dateCreated: '2022-08-08T16:33:22.749572683+05:30',
    });
  });

  it('create with callbacks: stats without "pending" still read as numbers', async () => {
    const { client } = answering('campaign-create-with-callbacks.json');
    const c = await client.campaigns.create({
      callerId: '0XXXX720616',
      lists: ['68f443cd3e764ad1ae7d82ad27f0af72'],
      url: 'http://my.exotel.com/x/exoml/start_voice/1',
    });
    expect(c).toMatchObject({
      id: '909d2a2ba53ce07f3784668b938eb44914bo',
      name: 'diwali_campaign',
      accountSid: 'exotel8u3',
      status: 'created',
      callDuplicateNumbers: true,
    });
    expect(c.schedule).toEqual({ sendAt: '2019-01-20T21:15:00+05:30', endAt: '2019-01-20T21:16:00+05:30' });
    expect(c.stats).toEqual(zeroStats);
    expect(c.summary?.dateCreated).toBe('2019-01-20T21:10:00+05:30');
  });

  it('get one: a completed campaign with its report and counts', async () => {
    const { client, seen } = answering('campaign-get.json');
    const c = await client.campaigns.get('59beaff7d1c887e877a3b5942bc389fd1688');
    expect(seen[0]?.url).toBe('https://api.exotel.com/v2/accounts/Exotel/campaigns/59beaff7d1c887e877a3b5942bc389fd1688');
    expect(c.status).toBe('completed');
    expect(c.statusText).toBe('Completed');
    expect(c.reportUrl).toBe('https://campaigns-reports.s3.ap-southeast-1.amazonaws.com/59beaff7d1c887e877a3b5942bc389fd1688.csv');
    expect(c.stats).toEqual({ ...zeroStats, completed: 2 });
    expect(c.summary).toMatchObject({ scheduled: 0, initialized: 2, completed: 2, failed: 0, inProgress: 0 });
    expect(c.dateUpdated).toBe('2022-08-08T16:40:42+05:30');
  });

  it('action: pause, sent as a wrapped action, answers the lower-case "paused"', async () => {
    const { client, seen } = answering('campaign-action-pause.json');
    const c = await client.campaigns.action('909d2a2ba53ce07f3784668b938eb44914bo', 'pause');
    expect(seen[0]?.init.method).toBe('PUT');
    expect(JSON.parse(String(seen[0]?.init.body))).toEqual({ campaigns: [{ action: 'pause' }] });
    expect(c).toMatchObject({
      id: '909d2a2ba53ce07f3784668b938eb44914bo',
      status: 'paused',
      statusText: 'paused',
      customField: '{"name": "yo"}',
      stats: null,
    });
    expect(c.lists).toEqual(['71ee118172044804ac5ed2271167c02b']);
    expect(c.summary?.initialized).toBe(0);
  });

  it('update: only the fields given are sent; the answer is a created campaign', async () => {
    const { client, seen } = answering('campaign-update.json');
    const c = await client.campaigns.update('909d2a2ba53ce07f3784668b938eb44914bo', {
      name: 'holi_campaign',
      from: ['+917987616844'],
      retries: { numberOfRetries: 2, intervalMins: 1, mechanism: 'Exponential', onStatus: ['busy'] },
    });
    expect(JSON.parse(String(seen[0]?.init.body))).toEqual({
      campaigns: [
        {
          name: 'holi_campaign',
          from: ['+917987616844'],
          retries: { number_of_retries: 2, interval_mins: 1, mechanism: 'Exponential', on_status: ['busy'] },
        },
      ],
    });
    expect(c).toMatchObject({ status: 'created', name: 'diwali_campaign', callerId: '03349360005' });
    expect(c.retries?.onStatus).toEqual(['failed', 'busy']);
  });

  it('bulk list: a 207 page of three campaigns out of 138', async () => {
    const { client, seen } = answering('campaigns-bulk.json', 207);
    const page = await client.campaigns.list({ offset: 0, status: ['Created', 'Completed'], limit: 3 });
    const url = new URL(seen[0]?.url ?? '');
    expect(url.searchParams.get('status')).toBe('Created,Completed');
    expect(url.searchParams.get('limit')).toBe('3');
    expect(page.total).toBe(138);
    expect(page.limit).toBe(3);
    expect(page.failures).toEqual([]);
    expect(page.items.map((c) => c.status)).toEqual(['completed', 'created', 'created']);
    expect(page.items.map((c) => c.id)).toEqual([
      '046141c8f6edde79938e69af34e560ef156l',
      '391db1c6f28ca06273ba200221767fe3156l',
      'cff6e2d08f563dc358a9c565e10cd9d3156l',
    ]);
    const first = page.items[0];
    expect(first?.from).toEqual(['9900000017']);
    expect(first?.uri).toBe('/v2/accounts/<your_sid>/campaigns/046141c8f6edde79938e69af34e560ef156l');
    expect(first?.customField).toBe('{"name": "time"}');
    expect(first?.retries?.onStatus).toEqual(['failed', 'busy', 'no-answer']);
    expect(first?.stats?.completed).toBe(1);
    expect(first?.summary).toMatchObject({ scheduled: 1, initialized: 1, completed: 1 });
    expect(page.items[1]?.reportUrl).toBeNull();
  });

  it('call details: rows with "NA" names, empty recordings and failure statuses', async () => {
    const { client, seen } = answering('call-details.json');
    const page = await client.campaigns.callDetails('491dd6c97d64475ba0ce346a18530ce5', {
      status: ['no-answer', 'failed'],
      sortBy: 'date_created:desc',
      limit: 3,
    });
    const url = new URL(seen[0]?.url ?? '');
    expect(url.pathname).toBe('/v2/accounts/Exotel/campaigns/491dd6c97d64475ba0ce346a18530ce5/call-details');
    expect(url.searchParams.get('sort_by')).toBe('date_created:desc');
    expect(page.total).toBe(19);
    expect(page.items.map((r) => [r.number, r.status, r.durationSeconds])).toEqual([
      ['+919449141947', 'failed', 3],
      ['+919946986806', 'no-answer', 51],
      ['+919310398307', 'failed', 18],
    ]);
    expect(page.items[0]).toEqual({
      callSid: 'e03f3cf9b27cea6108d1195c5753157b',
      number: '+919449141947',
      name: null,
      durationSeconds: 3,
      status: 'failed',
      statusText: 'failed',
      digit: null,
      recordingUrl: null,
      dateCreated: '2021-07-11T12:08:01+05:30',
      startTime: '2021-07-11T12:08:00+05:30',
      endTime: '2021-07-11T12:08:00+05:30',
      callerId: '08088919888',
      direction: 'Outgoing',
    });
  });

  it('the two callback bodies read as a campaign status and a number’s call outcomes', () => {
    const schedule = toCallScheduleCallback(JSON.parse(fixture('callback-call-schedule.json')));
    expect(schedule).toEqual({
      campaignSid: '44a89f18b291441786f6be2dacee0366',
      to: '+91XXXX161323',
      from: 'XXXXXX74100',
      status: 'completed',
      calls: [{ callSid: '73f57c6bccd64a29a0cb4806af05cdbe', status: 'completed' }],
      dateCreated: '2019-01-10T17:08:00+05:30',
    });
    const status = toCampaignStatusCallback(JSON.parse(fixture('callback-campaign-status.json')));
    expect(status).toEqual({
      campaignSid: '44a89a18b291441786f6be2dfcee0366',
      status: 'completed',
      dateCreated: '2019-01-10T17:08:00+05:30',
      dateUpdated: '2019-01-10T17:08:00+05:30',
      dateStarted: '2019-01-10T17:08:00+05:30',
      reportUrl: 'https://campaigns-reports.s3.ap-southeast-1.amazonaws.com/000d3b00d7651e088e1b42be5d89xxx.csv',
    });
  });
});
