import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toCampaign } from '../../../src/main/exotel';
import { callValues, writeCallsFile } from '../../../src/main/services/export/calls-export';
import { numberKey, type GivenNumber } from '../../../src/main/services/export/campaign-numbers';
import { csvCell } from '../../../src/main/services/export/csv-writer';
import { AccountsRepo } from '../../../src/main/store/accounts-repo';
import { CallDetailsRepo, keyCalls } from '../../../src/main/store/call-details-repo';
import { CampaignsRepo } from '../../../src/main/store/campaigns-repo';
import { openMemoryDatabase } from '../../../src/main/store/db';
import type { CallDetail } from '../../../src/shared/exotel';

const dir = mkdtempSync(join(tmpdir(), 'campaign-desk-export-cells-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const base: CallDetail = {
  callSid: 'a1b2c3',
  number: '+919876543210',
  name: 'Asha Rao',
  durationSeconds: 42,
  status: 'completed',
  statusText: 'completed',
  digit: '1',
  recordingUrl: 'https://rec.example/1.mp3',
  dateCreated: '2025-03-03T10:00:05+05:30',
  startTime: '2025-03-03T10:00:05+05:30',
  endTime: '2025-03-03T10:00:47+05:30',
  callerId: '08047112233',
  direction: 'Outgoing',
};

/** Values that need the CSV writer's care: formulas, quotes, commas, odd numbers and SIDs, other time forms. */
const tricky: Partial<CallDetail>[] = [
  {},
  { name: 'Rao, Asha', callSid: '3fa9c0' },
  { name: '=HYPERLINK("x")', callSid: '12e45' },
  { name: '-5', number: '++9198', callSid: '1234' },
  { name: null, number: '0801 234 567', digit: '#', callSid: null },
  { name: 'Line\nbreak', recordingUrl: 'https://rec.example/?a=1,b=2', durationSeconds: null },
  { startTime: '2025-03-03T04:30:05Z', endTime: '2025-03-03T10:00:47.250+05:30', dateCreated: '2025-03-03T04:30:05Z' },
  { status: 'unknown', statusText: 'Cancelled-by-carrier', callerId: '+91 80 4711 2233' },
  { startTime: null, dateCreated: '2025-03-03T10:01:00+05:30', endTime: null, digit: '' },
  { number: 'anonymous', callSid: 'eee', name: '@home' },
  { number: '+', callSid: '1E5', digit: '*', callerId: 'ABC-123' },
  { name: '', number: '\u0663\u0663\u0663', callSid: 'x y', recordingUrl: '=cmd' },
  { name: '\tTab', callerId: '', durationSeconds: 0, endTime: '2025-03-03T10:00:47+0530' },
  {
    name: 'Quote "me"',
    callSid: '00a',
    startTime: '2025-03-03T10:00:47 +05:30',
    endTime: '2025-03-03T10:00:47+05:30x',
    status: 'no-answer',
  },
];

function store(): {
  db: ReturnType<typeof openMemoryDatabase>;
  calls: CallDetailsRepo;
  cached: NonNullable<ReturnType<CampaignsRepo['get']>>;
} {
  const db = openMemoryDatabase();
  const at = '2025-03-03T04:30:00.000Z';
  new AccountsRepo(db).insert({
    id: 'a',
    kind: 'exotel',
    name: 'A',
    accountSid: 'a',
    apiKey: 'k',
    region: 'mumbai',
    host: 'https://api.in.exotel.com',
    defaultCountry: 'IN',
    callerId: '',
    createdAt: at,
    updatedAt: at,
  });
  const campaigns = new CampaignsRepo(db);
  campaigns.upsert('a', toCampaign({ id: 'c', name: 'Cells', status: 'Completed', lists: [], from: [] }, null), at);
  const calls = new CallDetailsRepo(db);
  calls.put(
    'a',
    'c',
    keyCalls(
      tricky.map((t, i) => ({ ...base, callSid: `sid${i}`, dateCreated: `2025-03-03T10:${String(i).padStart(2, '0')}:05+05:30`, ...t })),
    ),
  );
  const cached = campaigns.get('a', 'c');
  if (!cached) throw new Error('not stored');
  return { db, calls, cached };
}

describe('cells SQLite writes for an export', () => {
  for (const timeZone of ['Asia/Kolkata', 'Europe/London']) {
    it(`are the cells the CSV writer would write, call by call (${timeZone})`, async () => {
      const { calls, cached } = store();
      const filePath = join(dir, `${timeZone.replace('/', '-')}.csv`);
      const empty = { byKey: new Map(), variables: [], listName: null, unread: [] };
      await writeCallsFile(calls.exportReader(), {
        accountId: 'a',
        cached,
        latestOnly: false,
        filePath,
        timeZone,
        now: new Date(),
        given: empty,
        country: 'IN',
      });
      const [header] = readFileSync(filePath, 'utf8').slice(1).split('\r\n').filter(Boolean);
      const headers = (header ?? '').split(',');
      expect(headers[0]).toBe('Number');
      const ids = [
        'number',
        'name',
        'outcome',
        'duration',
        'attempt',
        'started',
        'ended',
        'callerId',
        'digit',
        'recording',
        'callSid',
      ] as const;
      const kinds = {
        number: 'id',
        name: 'text',
        outcome: 'text',
        duration: 'number',
        attempt: 'number',
        started: 'text',
        ended: 'text',
        callerId: 'id',
        digit: 'id',
        recording: 'text',
        callSid: 'id',
      } as const;
      const columns = ids.map((id) => ({ id, header: id, kind: kinds[id] }));
      const expected = [...calls.iterate('a', 'c', false)].map((call) =>
        callValues(columns, call, undefined, timeZone)
          .map((v, i) => csvCell(columns[i]?.kind ?? 'text', v))
          .join(','),
      );
      expect(readFileSync(filePath, 'utf8')).toBe(`\uFEFF${header}\r\n${expected.join('\r\n')}\r\n`);
    });
  }

  it("take the name and variables the campaign was given for a number, by the CSV writer's rules", async () => {
    const { calls, cached } = store();
    const filePath = join(dir, 'given.csv');
    const names = ['Rao, Asha', '=1+1', '', 'Line\nbreak', 'Asha'];
    const amounts = ['0123', '1500', '-7', '=2', ''];
    const byKey = new Map<string, GivenNumber>();
    for (const [i, call] of [...calls.iterate('a', 'c', false)].entries()) {
      byKey.set(numberKey(call.number), {
        number: call.number,
        name: names[i % names.length] ?? '',
        variables: i % 2 ? { Amount: amounts[i % amounts.length] ?? '' } : null,
      });
    }
    const given = { byKey, variables: ['Amount'], listName: 'Cells', unread: [] };
    await writeCallsFile(calls.exportReader(), {
      accountId: 'a',
      cached,
      latestOnly: true,
      filePath,
      timeZone: 'Asia/Kolkata',
      now: new Date(),
      given,
      country: 'IN',
    });
    const text = readFileSync(filePath, 'utf8');
    const header = text.slice(1).split('\r\n')[0] ?? '';
    expect(header.split(',').slice(0, 4)).toEqual(['Number', 'Name', 'Amount', 'Final outcome']);
    const ids = [
      'number',
      'name',
      'variable',
      'outcome',
      'duration',
      'attempt',
      'started',
      'ended',
      'callerId',
      'digit',
      'recording',
      'callSid',
    ] as const;
    const kinds = {
      number: 'id',
      name: 'text',
      variable: 'auto',
      outcome: 'text',
      duration: 'number',
      attempt: 'number',
      started: 'text',
      ended: 'text',
      callerId: 'id',
      digit: 'id',
      recording: 'text',
      callSid: 'id',
    } as const;
    const columns = ids.map((id) => ({ id, header: id === 'variable' ? 'Amount' : id, kind: kinds[id] }));
    const expected = [...calls.iterate('a', 'c', true)].map((call) =>
      callValues(columns, call, byKey.get(numberKey(call.number)), 'Asia/Kolkata')
        .map((v, i) => csvCell(columns[i]?.kind ?? 'text', v))
        .join(','),
    );
    expect(text).toBe(`\uFEFF${header}\r\n${expected.join('\r\n')}\r\n`);
  });
});
