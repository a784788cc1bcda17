import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CampaignsRepo } from '../../../src/main/store/campaigns-repo';
import type { Campaign } from '../../../src/shared/exotel';
import { importSheet } from '../../support/import-sheet';
import { makeServices, type TestServices } from '../../support/services';

const NOW = new Date('2026-12-01T04:30:00Z'); // 10:00 in India

let s: TestServices;
afterEach(() => s?.close());

afterEach(() => vi.useRealTimers());

function services(): TestServices {
  // A fixed date keeps the default names and the newest-first order predictable.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  s = makeServices();
  return s;
}

function sheet(): string {
  const dir = mkdtempSync(join(tmpdir(), 'desk-drafts-'));
  const file = join(dir, 'dues.csv');
  writeFileSync(file, 'First Name,Phone\nAsha,9876500001\nRavi,9876500002\n');
  return file;
}

function cachedCampaign(over: Partial<Campaign>): Campaign {
  return {
    id: 'c1',
    accountSid: 'sandbox',
    name: 'Diwali offers',
    type: 'trans',
    campaignType: 'static',
    flowType: 'ivr',
    status: 'completed',
    statusText: 'Completed',
    callerId: '08047112244',
    from: ['+919876500001', '+919876500002'],
    lists: [],
    url: null,
    readViaText: 'Press 1 for @@Name',
    repeatMenuAttempts: 2,
    retries: { numberOfRetries: 2, intervalMins: 5, mechanism: 'Exponential', onStatus: ['busy', 'failed'] },
    schedule: { sendAt: '2025-10-01T10:00:00+05:30', endAt: '2025-10-02T10:00:00+05:30' },
    mode: 'custom',
    throttle: 20,
    callDuplicateNumbers: true,
    statusCallback: 'https://hooks.example.com/status',
    callStatusCallback: 'https://hooks.example.com/call',
    callScheduleCallback: 'https://hooks.example.com/schedule',
    customField: 'diwali-2025',
    dateCreated: '2025-10-01T09:00:00+05:30',
    dateUpdated: null,
    uri: null,
    reportUrl: null,
    stats: null,
    summary: null,
    ...over,
  };
}

describe('drafts', () => {
  it('a blank draft takes the account’s default ExoPhone, zone and rate, under a dated name', () => {
    services();
    const draft = s.drafts.create({ kind: 'blank' });
    expect(draft).toMatchObject({
      name: 'Campaign 1 Dec 2026',
      accountId: 'sandbox',
      callerId: '08047112233',
      schedule: { kind: 'now', timeZone: 'Asia/Kolkata' },
      mode: 'auto',
      throttle: 59,
      launchedItemId: null,
    });
    expect(s.events).toContainEqual({ event: 'drafts:changed', payload: { draftId: draft.id } });
  });

  it('a draft from a saved list is named after the list and the date, and a second one gets its own name', async () => {
    services();
    const { listId } = await importSheet(s, sheet(), 'Dues December');
    const first = s.drafts.create({ kind: 'list', listId });
    const second = s.drafts.create({ kind: 'list', listId });
    expect(first.name).toBe('Dues December 1 Dec 2026');
    expect(second.name).toBe('Dues December 1 Dec 2026 (2)');
    expect(first.audience).toEqual({ kind: 'list', listId });
    expect(s.drafts.list().map((d) => d.audienceLabel)).toEqual(['Dues December', 'Dues December']);
  });

  it('“Duplicate as draft” copies everything the campaign was made with', () => {
    services();
    new CampaignsRepo(s.db).upsert('sandbox', cachedCampaign({}), NOW.toISOString());
    const draft = s.drafts.create({ kind: 'campaign', campaignId: 'c1' });
    expect(draft).toMatchObject({
      name: 'Diwali offers 1 Dec 2026',
      audience: { kind: 'numbers', text: '+919876500001\n+919876500002' },
      content: { kind: 'text', text: 'Press 1 for @@Name', flowType: 'ivr', repeatMenuAttempts: 2 },
      callerId: '08047112244',
      retries: { count: 2, intervalMins: 5, mechanism: 'Exponential', onStatus: ['busy', 'failed'] },
      mode: 'custom',
      throttle: 20,
      callDuplicateNumbers: true,
      statusCallback: 'https://hooks.example.com/status',
      callStatusCallback: 'https://hooks.example.com/call',
      callScheduleCallback: 'https://hooks.example.com/schedule',
      customField: 'diwali-2025',
      schedule: { kind: 'now', timeZone: 'Asia/Kolkata' },
    });
  });

  it('a campaign that called a dynamic list and a flow comes back as that list and that flow', () => {
    services();
    new CampaignsRepo(s.db).upsert(
      'sandbox',
      cachedCampaign({
        id: 'c2',
        campaignType: 'dynamic',
        lists: ['abc'],
        from: [],
        readViaText: null,
        url: 'http://my.exotel.com/sandbox/exoml/start_voice/42',
      }),
      NOW.toISOString(),
    );
    const draft = s.drafts.create({ kind: 'campaign', campaignId: 'c2' });
    expect(draft.audience).toEqual({ kind: 'exotel-lists', type: 'dynamic', sids: ['abc'] });
    expect(draft.content).toEqual({ kind: 'flow', url: 'http://my.exotel.com/sandbox/exoml/start_voice/42' });
  });

  it('saves every change at once, lists newest first, duplicates and deletes', () => {
    services();
    const a = s.drafts.create({ kind: 'blank' });
    const b = s.drafts.create({ kind: 'blank' });
    const later = new Date(NOW.getTime() + 60_000);
    vi.setSystemTime(later);
    const fields = {
      ...s.drafts.get(a.id),
      name: 'Dues reminder',
      content: { kind: 'text' as const, text: 'Hello @@First Name', flowType: 'greeting' as const, repeatMenuAttempts: 0 },
    };
    const { id: _id, accountId: _acc, createdAt: _c, updatedAt: _u, launchedItemId: _l, ...draftFields } = fields;
    expect(s.drafts.save(a.id, draftFields)).toEqual({ updatedAt: later.toISOString() });
    expect(s.drafts.get(a.id)).toMatchObject({ name: 'Dues reminder', content: { text: 'Hello @@First Name' } });
    expect(s.drafts.list().map((d) => d.id)).toEqual([a.id, b.id]);

    const copy = s.drafts.create({ kind: 'draft', draftId: a.id });
    expect(copy).toMatchObject({ name: 'Dues reminder (2)', content: { text: 'Hello @@First Name' }, launchedItemId: null });
    expect(s.drafts.delete(b.id)).toEqual({ deleted: true });
    expect(s.drafts.list().map((d) => d.id)).toEqual([copy.id, a.id]);
    expect(() => s.drafts.get(b.id)).toThrow(/no longer exists/);
  });

  it('a launched draft is read-only, and is still listed, marked', () => {
    services();
    const draft = s.drafts.create({ kind: 'blank' });
    s.drafts.markLaunched(draft.id, 'item-1');
    const { id: _id, accountId: _acc, createdAt: _c, updatedAt: _u, launchedItemId: _l, ...fields } = s.drafts.get(draft.id);
    expect(() => s.drafts.save(draft.id, { ...fields, name: 'Changed after launch' })).toThrow(/was launched/);
    expect(s.drafts.get(draft.id).name).toBe(draft.name);
    expect(s.drafts.list()).toEqual([expect.objectContaining({ id: draft.id, launchedItemId: 'item-1' })]);
  });

  it('drafts belong to their account: another account lists its own', async () => {
    services();
    s.drafts.create({ kind: 'blank' });
    const other = await s.accounts.create({
      name: 'Ops',
      accountSid: 'acme',
      apiKey: 'k1',
      apiToken: 't1',
      region: 'mumbai',
      callerIds: ['08011112222'],
      timeZone: 'Asia/Dubai',
    });
    await s.accounts.setActive(other.id);
    expect(s.drafts.list()).toEqual([]);
    expect(s.drafts.create({ kind: 'blank' })).toMatchObject({ callerId: '08011112222', schedule: { timeZone: 'Asia/Dubai' } });
  });
});

describe('a draft survives the process being killed', () => {
  it('kill -9 right after the last keystroke’s save: the app opens again with the draft as last saved', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'desk-kill-'));
    const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'draft-writer.ts'), dir, '12'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let last = '';
    let draftId = '';
    await new Promise<void>((resolve, reject) => {
      let buffered = '';
      child.stdout.on('data', (chunk: Buffer) => {
        buffered += chunk.toString('utf8');
        const lines = buffered.split('\n');
        buffered = lines.pop() ?? '';
        for (const line of lines) {
          if (line.startsWith('draft ')) draftId = line.slice('draft '.length);
          last = line;
          if (line.startsWith('saved 12 ')) {
            child.kill('SIGKILL');
            resolve();
          }
        }
      });
      child.on('exit', (code, signal) => {
        if (signal !== 'SIGKILL') reject(new Error(`writer exited on its own (${code})`));
      });
    });
    await new Promise((resolve) => child.on('exit', resolve));
    expect(child.signalCode).toBe('SIGKILL');

    const lastText = JSON.parse(last.replace(/^saved 12 /, '')) as string;
    expect(lastText).toBe('Hello @@First Name, your dues are pending.');
    // The app starts again on the same folder: the draft is listed and reads as last saved.
    s = makeServices({ userDataDir: dir });
    expect(s.drafts.list().map((d) => d.id)).toEqual([draftId]);
    expect(s.drafts.get(draftId)).toMatchObject({ name: 'Dues December', content: { kind: 'text', text: lastText }, launchedItemId: null });
  }, 60_000);
});
