import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createExotelClient, ExotelError, type ExotelClient } from '../../../src/main/exotel';
import { caught, fakeClock } from './helpers';

const dir = join(__dirname, '../../fixtures/exotel');
const fixture = (name: string): string => readFileSync(join(dir, name), 'utf8');

interface Answering {
  client: ExotelClient;
  urls: URL[];
}

/** A client whose requests are answered, in turn, with the fixtures given (each with its HTTP status). */
function answering(...answers: [name: string, status: number][]): Answering {
  const urls: URL[] = [];
  const client = createExotelClient({
    credentials: { baseUrl: 'https://api.exotel.com', accountSid: 'Exotel', apiKey: 'key', apiToken: 'token' },
    fetch: async (url) => {
      urls.push(new URL(url));
      const next = answers[Math.min(urls.length, answers.length) - 1];
      if (!next) throw new Error('no answer left');
      return new Response(fixture(next[0]), { status: next[1], headers: { 'content-type': 'application/json' } });
    },
    clock: fakeClock(),
    maxRetries: 0,
  });
  return { client, urls };
}

async function all<T>(walk: AsyncGenerator<T, void, undefined>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of walk) out.push(item);
  return out;
}

describe('the answer shapes Exotel’s docs show, beside the Sandbox’s', () => {
  it('reads call-details rows that sit straight in `response`, with `id` as the call’s key', async () => {
    const { client } = answering(['call-details-bare.json', 200]);
    const page = await client.campaigns.callDetails('491dd6c97d64475ba0ce346a18530ce5');
    expect(page.failures).toEqual([]);
    expect(page.total).toBe(3);
    expect(page.items.map((r) => [r.callSid, r.number, r.status, r.durationSeconds, r.digit])).toEqual([
      ['c3a1f0e2d4b6a8c0e2f4a6b8c0d2e4f6', '+919800000101', 'completed', 34, '1'],
      ['d4b2a1f3e5c7b9d1f3a5b7c9d1e3f5a7', '+919800000102', 'busy', 0, null],
      ['e5c3b2a4f6d8c0e2a4b6c8d0e2f4a6b8', '+919800000103', 'no-answer', 0, null],
    ]);
    expect(page.items[0]).toMatchObject({
      recordingUrl: 'https://recordings.example.invalid/c3a1f0e2d4b6a8c0e2f4a6b8c0d2e4f6.mp3',
      startTime: '2025-03-03T10:00:05+05:30',
      name: null,
    });
  });

  it('walks pages linked by `next_page_uri` to the page that links none, and learns the total there', async () => {
    const pages: [string, number][] = [
      ['call-details-uri-paging-1.json', 200],
      ['call-details-uri-paging-2.json', 200],
    ];
    const first = await answering(...pages).client.campaigns.callDetails('491dd6c97d64475ba0ce346a18530ce5', { limit: 2 });
    expect(first).toMatchObject({ total: null, limit: 2, more: true, nextOffset: 2 });
    const { client, urls } = answering(...pages);
    const rows = await all(client.campaigns.iterateCallDetails('491dd6c97d64475ba0ce346a18530ce5', { limit: 2 }));
    expect(urls.map((u) => u.searchParams.get('offset'))).toEqual(['0', '2']);
    expect(rows.map((r) => [r.callSid, r.status, r.statusText])).toEqual([
      ['f6d4c3b5a7e9d1f3b5c7d9e1f3a5b7c9', 'completed', 'Completed'],
      ['a7e5d4c6b8f0e2a4c6d8e0f2a4b6c8d0', 'no-answer', 'No-Answer'],
      ['b8f6e5d7c9a1f3b5d7e9a1c3e5f7a9b1', 'failed', 'failed'],
    ]);
    expect(rows[0]?.startTime).toBe('2025-03-03T04:30:05Z');
    const last = await answering(pages[1] as [string, number]).client.campaigns.callDetails('491dd6c97d64475ba0ce346a18530ce5', {
      offset: 2,
      limit: 2,
    });
    expect(last).toMatchObject({ total: 3, more: false, nextOffset: null });
  });

  it('reads a bulk list answered 200 with statuses written InProgress, Paused and Archived', async () => {
    const { client, urls } = answering(['campaigns-bulk-200.json', 200]);
    const page = await client.campaigns.list({ status: ['InProgress', 'Paused'] });
    expect(urls[0]?.searchParams.get('status')).toBe('InProgress,Paused');
    expect(page.failures).toEqual([]);
    expect(page.items.map((c) => [c.status, c.statusText])).toEqual([
      ['in-progress', 'InProgress'],
      ['paused', 'Paused'],
      ['archived', 'Archived'],
    ]);
    expect(page.items.map((c) => Date.parse(c.dateCreated ?? ''))).toEqual([
      Date.parse('2025-03-03T04:30:00Z'),
      Date.parse('2025-03-02T04:30:00Z'),
      Date.parse('2025-02-03T04:30:00Z'),
    ]);
    expect(page.items[2]?.schedule?.sendAt).toBe('2025-02-03T10:00:00+05:30');
  });

  it('reads one campaign sent as a single object in `response`', async () => {
    const { client } = answering(['campaign-get-single-object.json', 200]);
    const c = await client.campaigns.get('1a2b3c4d5e6f70819203a4b5c6d7e8f90001');
    expect(c).toMatchObject({
      id: '1a2b3c4d5e6f70819203a4b5c6d7e8f90001',
      name: 'March reminders',
      status: 'in-progress',
      statusText: 'InProgress',
    });
    expect(c.summary).toMatchObject({ initialized: 3, completed: 2, inProgress: 1, dateCreated: '2025-03-03T04:30:00.125Z' });
  });

  it('takes an item code 409 inside an HTTP 200 as the conflict it is, not as a made campaign', async () => {
    const { client } = answering(['campaign-create-conflict-200.json', 200]);
    const error = await caught(
      client.campaigns.create({
        name: 'March reminders',
        callerId: '08047112233',
        from: ['+919800000301'],
        url: 'http://my.exotel.com/Exotel/exoml/start_voice/528696',
      }),
    );
    expect(error).toBeInstanceOf(ExotelError);
    expect(error).toMatchObject({ kind: 'conflict', exotelCode: 1008, field: 'name' });
  });

  it('keeps each contact of a bulk write on its own: a duplicate in a 200, a refusal in a partly failed 207', async () => {
    const dup = await answering(['contacts-create-duplicate-200.json', 200]).client.contacts.create([
      { number: '+919800000401' },
      { number: '+919800000402' },
    ]);
    expect(dup.map((r) => (r.ok ? ['ok', r.data.sid] : [r.code, r.existingSid]))).toEqual([
      ['ok', '4e0a9f2b8d7c4b1e7a6f5d4c3b2a1f0e'],
      [409, '5f1b0a3c9e8d4c2f8b7a6e5d4c3b2a1f'],
    ]);
    const partial = await answering(['contacts-create-partial-207.json', 207]).client.contacts.create([
      { number: '+919800000501' },
      { number: '12345' },
    ]);
    expect(partial.map((r) => (r.ok ? ['ok', r.data.number] : [r.code, r.error.field]))).toEqual([
      ['ok', '+919800000501'],
      [400, 'number'],
    ]);
  });

  it('reads both CSV upload status forms to the same counts', async () => {
    const flat = await answering(['csv-status-processing.json', 200]).client.uploads.status('2c8e7d0f6b5a4f9c5e4d3b2a1f0e9d8c');
    const nested = await answering(['csv-status-in-progress.json', 200]).client.uploads.status('2c8e7d0f6b5a4f9c5e4d3b2a1f0e9d8c');
    expect(flat).toMatchObject({ status: 'in-progress', statusText: 'processing', listSid: '3d9f8e1a7c6b4a0d6f5e4c3b2a1f0e9d' });
    expect(nested).toMatchObject({ status: 'in-progress', statusText: 'in-progress' });
    expect(flat.stats).toEqual({ total: 1200, success: 700, failed: 3, duplicate: 12 });
    expect(nested.stats).toEqual(flat.stats);
  });
});
