import { describe, expect, it } from 'vitest';
import { parseDialect, Sandbox, type SandboxDialect } from '../../../src/main/sandbox';
import { parseSandboxArgs } from '../../../src/main/sandbox/cli-args';
import { numbers, START } from '../exotel/helpers';
import { rawCaller } from './raw';

const MINUTE = 60_000;

function sandboxIn(dialect: SandboxDialect) {
  const sandbox = new Sandbox({ seed: 5, speed: 0, start: START, dialect });
  return { sandbox, call: rawCaller(sandbox) };
}

/** One campaign of four numbers, run until its calls have ended. */
async function finishedCalls(dialect: SandboxDialect) {
  const { sandbox, call } = sandboxIn(dialect);
  const made = await call('POST', '/campaigns', {
    campaigns: [{ name: 'Dialect check', caller_id: '08047112233', from: numbers(4), read_via_text: 'Hello' }],
  });
  const id = String((made.item.data as { id: string }).id);
  sandbox.clock.advance(30 * MINUTE);
  return { sandbox, call, id, details: await call('GET', `/campaigns/${id}/call-details?limit=2`) };
}

describe('the Sandbox answering as Exotel’s docs show (dialect "docs")', () => {
  it('puts call-details rows straight in `response`, keyed by `id`, and answers 200', async () => {
    const { details } = await finishedCalls('docs');
    expect(details.status).toBe(200);
    const rows = details.body.response as Record<string, unknown>[];
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row).not.toHaveProperty('data');
      expect(row).not.toHaveProperty('call_sid');
      expect(row.id).toMatch(/^[0-9a-f]{32}$/);
      expect(String(row.status)).toMatch(/^(completed|failed|busy|no-answer)$/);
      expect(String(row.start_time)).toMatch(/Z$/);
    }
    expect(details.body.metadata).toMatchObject({ offset: 0, limit: 2, count: 2 });
  });

  it('writes campaign statuses as InProgress and Paused, answers a bulk list 200 and one campaign as a single object', async () => {
    const { sandbox, call } = sandboxIn('docs');
    const made = await call('POST', '/campaigns', {
      campaigns: [{ name: 'Running one', caller_id: '08047112233', from: numbers(40), read_via_text: 'Hi' }],
    });
    const id = String((made.item.data as { id: string }).id);
    sandbox.clock.advance(2 * MINUTE);
    const one = await call('GET', `/campaigns/${id}`);
    expect(one.single).toBe(true);
    expect(one.item.data).toMatchObject({ status: 'InProgress' });
    expect(String((one.item.data as { date_created: string }).date_created)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    await call('PUT', `/campaigns/${id}`, { campaigns: [{ action: 'pause' }] });
    const filtered = await call('GET', '/campaigns?status=InProgress,Paused');
    expect(filtered.status).toBe(200);
    expect((filtered.body.response as { data: { status: string } }[]).map((i) => i.data.status)).toEqual(['Paused']);
  });

  it('pages contact lists by `next_page_uri`, to a last page that links none', async () => {
    const { call } = sandboxIn('docs');
    await call('POST', '/lists', { lists: ['North', 'South', 'East'].map((name) => ({ name })) });
    const first = await call('GET', '/lists?limit=2');
    expect(first.status).toBe(200);
    const meta = first.body.metadata as Record<string, unknown>;
    expect(meta).toMatchObject({ page_size: 2, prev_page_uri: null });
    expect(meta.next_page_uri).toBe('/v2/accounts/sandbox/lists?offset=2&page_size=2');
    const last = await call('GET', '/lists?offset=2&limit=2');
    expect((last.body.response as unknown[]).length).toBe(1);
    expect((last.body.metadata as Record<string, unknown>).next_page_uri).toBeNull();
  });

  it('answers a duplicate inside a bulk write 200 with the item’s code 409, and a partly refused one 207 with counts', async () => {
    const { call } = sandboxIn('docs');
    await call('POST', '/contacts', { contacts: [{ number: '+919800000601' }] });
    const again = await call('POST', '/contacts', { contacts: [{ number: '+919800000601' }, { number: '+919800000602' }] });
    expect(again.status).toBe(200);
    expect((again.body.response as { code: number }[]).map((i) => i.code)).toEqual([409, 200]);
    const mixed = await call('POST', '/contacts', { contacts: [{ number: '+919800000603' }, { number: 'not a number' }] });
    expect(mixed.status).toBe(207);
    expect(mixed.body.metadata).toEqual({ total: 2, success: 1, failed: 1 });
  });

  it('reports a CSV upload as `processing` with flat counts, then `completed`', async () => {
    const { sandbox, call } = sandboxIn('docs');
    const form = new FormData();
    form.set('list_name', 'Upload check');
    form.set('type', 'static');
    form.set('file_name', new Blob(['number\n+919800000701\n+919800000702\n+919800000702\n'], { type: 'text/csv' }), 'upload.csv');
    const accepted = await call('POST', '/contacts/csv-upload', form);
    expect(accepted.status).toBe(200);
    const uploadId = String((accepted.item.summary as { upload_id: string }).upload_id);
    const working = await call('GET', `/csv-status/${uploadId}`);
    expect(working.single).toBe(true);
    expect(working.item.data).toMatchObject({ status: 'processing', total_records: 3 });
    expect(working.item.data).not.toHaveProperty('stats');
    sandbox.clock.advance(10 * MINUTE);
    const done = (await call('GET', `/csv-status/${uploadId}`)).item.data;
    expect(done).toMatchObject({ status: 'completed', total_records: 3, success_count: 2, duplicate_count: 1, failure_count: 0 });
  });

  it('tells the same calls in both dialects: only the form differs', async () => {
    const own = await finishedCalls('sandbox');
    const docs = await finishedCalls('docs');
    const ownRows = (own.details.body.response as { data: Record<string, unknown> }[]).map((i) => i.data);
    const docsRows = docs.details.body.response as Record<string, unknown>[];
    expect(docsRows.map((r) => [r.id, r.number, r.status, r.duration, Date.parse(String(r.start_time))])).toEqual(
      ownRows.map((r) => [r.call_sid, r.number, r.status, r.duration, Date.parse(String(r.start_time))]),
    );
    expect(own.details.status).toBe(200);
    expect(ownRows[0]?.call_sid).toMatch(/^[0-9a-f]{32}$/);
  });

  it('is chosen by name, and a wrong name says which names there are', () => {
    expect(parseSandboxArgs(['--dialect', 'docs']).dialect).toBe('docs');
    expect(parseSandboxArgs([]).dialect).toBe('sandbox');
    expect(() => parseSandboxArgs(['--dialect', 'exotel'])).toThrow('--dialect must be sandbox or docs, not "exotel"');
    expect(parseDialect(' Docs ', 'SANDBOX_DIALECT')).toBe('docs');
    expect(() => parseDialect('v3', 'SANDBOX_DIALECT')).toThrow('SANDBOX_DIALECT must be sandbox or docs, not "v3"');
  });
});
