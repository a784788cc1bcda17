import { describe, expect, it } from 'vitest';
import { toCampaign } from '../../../src/main/exotel';
import { ResultsService } from '../../../src/main/services/results/results-service';
import { AccountsRepo } from '../../../src/main/store/accounts-repo';
import { CallDetailsRepo, keyCalls } from '../../../src/main/store/call-details-repo';
import { CampaignsRepo } from '../../../src/main/store/campaigns-repo';
import { openMemoryDatabase, type Db } from '../../../src/main/store/db';
import { ResultsRepo } from '../../../src/main/store/results-repo';
import { instantToZoned } from '../../../src/shared/compose/zoned-time';
import type { CallDetail } from '../../../src/shared/exotel';
import { mulberry32 } from '../../support/seeded-random';

const NOW = new Date('2026-12-08T06:30:00Z');
const DAY = 86_400_000;
const STATUSES = ['completed', 'no-answer', 'busy', 'failed'] as const;

interface Made {
  campaign: string;
  number: string;
  ms: number;
  status: (typeof STATUSES)[number];
  duration: number;
}

/** Calls of a few campaigns over six weeks, many of them either side of midnight in the zone, with retries. */
function fill(db: Db, accountId: string, country: string, timeZone: string, seed: number): Made[] {
  const at = '2026-10-01T00:00:00Z';
  new AccountsRepo(db).insert({
    id: accountId,
    kind: 'exotel',
    name: accountId,
    accountSid: accountId,
    apiKey: 'k',
    region: 'mumbai',
    host: 'https://api.in.exotel.com',
    defaultCountry: country,
    callerId: '',
    timeZone,
    createdAt: at,
    updatedAt: at,
  });
  const campaigns = new CampaignsRepo(db);
  const calls = new CallDetailsRepo(db);
  const random = mulberry32(seed);
  const made: Made[] = [];
  for (let c = 0; c < 4; c++) {
    const id = `${accountId}-c${c}`;
    campaigns.upsert(
      accountId,
      toCampaign({ id, name: `Campaign ${c}`, status: 'Completed', lists: [], from: ['+919800000001'] }, null),
      at,
    );
    const batch: CallDetail[] = [];
    for (let i = 0; i < 300; i++) {
      const number = `+9198${String(10_000_000 + Math.floor(random() * 120)).slice(-8)}`;
      // Half the calls within 40 minutes of midnight in the zone, where a day boundary in the wrong zone shows.
      const day = Math.floor(random() * 45);
      const midnight = Date.parse(`${instantToZoned(new Date(NOW.getTime() - day * DAY), timeZone).slice(0, 10)}T00:00:00Z`);
      const offset = NOW.getTime() - Date.parse(`${instantToZoned(NOW, timeZone)}:00Z`);
      const ms =
        random() < 0.5 ? midnight + offset + Math.floor((random() - 0.5) * 80 * 60_000) : NOW.getTime() - Math.floor(random() * 45 * DAY);
      const status = STATUSES[Math.floor(random() * STATUSES.length)] ?? 'completed';
      const duration = status === 'completed' ? 10 + Math.floor(random() * 100) : 0;
      made.push({ campaign: id, number, ms, status, duration });
      const t = new Date(ms).toISOString();
      batch.push({
        callSid: `${id}-${i}`,
        number,
        name: null,
        durationSeconds: duration,
        status,
        statusText: status,
        digit: null,
        recordingUrl: null,
        dateCreated: t,
        startTime: t,
        endTime: t,
        callerId: null,
        direction: 'outbound-api',
      });
    }
    calls.put(accountId, id, keyCalls(batch));
  }
  return made;
}

function serviceFor(db: Db, accountId: string): ResultsService {
  const accounts = new AccountsRepo(db);
  return new ResultsService({
    repo: new ResultsRepo(db),
    activeAccount: () => accounts.get(accountId),
    syncedAt: () => null,
    now: () => NOW,
  });
}

/** The same figures counted call by call in plain JavaScript. */
function bruteForce(made: Made[], zone: string, from: string, to: string) {
  const inside = made.filter((m) => {
    const date = instantToZoned(new Date(m.ms), zone).slice(0, 10);
    return date >= from && date <= to;
  });
  const campaigns = new Map<string, { numbers: Set<string>; reached: Set<string>; calls: number; answered: number; talk: number }>();
  const days = new Map<string, { numbers: Set<string>; reached: Set<string>; calls: number }>();
  for (const m of inside) {
    const c = campaigns.get(m.campaign) ?? { numbers: new Set(), reached: new Set(), calls: 0, answered: 0, talk: 0 };
    c.numbers.add(m.number);
    c.calls++;
    if (m.status === 'completed') {
      c.reached.add(m.number);
      c.answered++;
      c.talk += m.duration;
    }
    campaigns.set(m.campaign, c);
    const date = instantToZoned(new Date(m.ms), zone).slice(0, 10);
    const d = days.get(date) ?? { numbers: new Set(), reached: new Set(), calls: 0 };
    d.numbers.add(`${m.campaign}|${m.number}`);
    d.calls++;
    if (m.status === 'completed') d.reached.add(`${m.campaign}|${m.number}`);
    days.set(date, d);
  }
  return {
    campaigns: Object.fromEntries(
      [...campaigns].map(([id, c]) => [
        id,
        { numbers: c.numbers.size, reached: c.reached.size, calls: c.calls, answered: c.answered, talkSeconds: c.talk },
      ]),
    ),
    days: Object.fromEntries([...days].map(([date, d]) => [date, { numbers: d.numbers.size, reached: d.reached.size, calls: d.calls }])),
  };
}

const ZONES = [
  { id: 'india', country: 'IN', zone: 'Asia/Kolkata', seed: 7 },
  // New York's clocks go back on 1 November 2026, inside the period.
  { id: 'newyork', country: 'US', zone: 'America/New_York', seed: 11 },
  { id: 'nepal', country: 'NP', zone: 'Asia/Kathmandu', seed: 13 },
];

describe('Results across campaigns', () => {
  for (const z of ZONES) {
    it(`counts numbers once per campaign, every retry as a call, and days by ${z.zone}'s calendar`, () => {
      const db = openMemoryDatabase();
      const made = fill(db, z.id, z.country, z.zone, z.seed);
      const service = serviceFor(db, z.id);
      for (const period of [
        { kind: 'last30' } as const,
        { kind: 'week' } as const,
        { kind: 'range', from: '2026-10-25', to: '2026-11-10' } as const,
      ]) {
        const view = service.period(period);
        const expected = bruteForce(made, z.zone, view.from, view.to);
        const got = Object.fromEntries(
          view.campaigns.map((c) => [
            c.id,
            { numbers: c.numbers, reached: c.reached, calls: c.calls, answered: c.answered, talkSeconds: c.talkSeconds },
          ]),
        );
        expect(got).toEqual(expected.campaigns);
        const days = Object.fromEntries(
          view.days.filter((d) => d.calls > 0).map((d) => [d.date, { numbers: d.numbers, reached: d.reached, calls: d.calls }]),
        );
        expect(days).toEqual(expected.days);
        // Totals are the sums of the rows, and the lists' rows add up to them too.
        expect(view.totals.calls).toBe(view.campaigns.reduce((s, c) => s + c.calls, 0));
        expect(view.lists.reduce((s, l) => s + l.numbers, 0)).toBe(view.totals.numbers);
        expect(view.days.reduce((s, d) => s + d.calls, 0)).toBe(view.totals.calls);
      }
      // Retries make more calls than numbers.
      const month = service.period({ kind: 'last30' });
      expect(month.totals.calls).toBeGreaterThan(month.totals.numbers);
    });

    it(`puts every call of the account in the heatmap by ${z.zone}'s weekday and hour`, () => {
      const db = openMemoryDatabase();
      const made = fill(db, z.id, z.country, z.zone, z.seed);
      const map = serviceFor(db, z.id).heatmap();
      const expected = new Map<string, { calls: number; answered: number }>();
      for (const m of made) {
        const local = instantToZoned(new Date(m.ms), z.zone);
        const weekday = new Date(`${local.slice(0, 10)}T00:00:00Z`).getUTCDay();
        const key = `${weekday}@${Number(local.slice(11, 13))}`;
        const cell = expected.get(key) ?? { calls: 0, answered: 0 };
        cell.calls++;
        if (m.status === 'completed') cell.answered++;
        expected.set(key, cell);
      }
      expect(Object.fromEntries(map.cells.map((c) => [`${c.weekday}@${c.hour}`, { calls: c.calls, answered: c.answered }]))).toEqual(
        Object.fromEntries(expected),
      );
      expect(map.calls).toBe(made.length);
    });
  }

  it('reads an Indian account’s hours in India’s zone even when the account keeps another', () => {
    const db = openMemoryDatabase();
    fill(db, 'in-london', 'IN', 'Europe/London', 3);
    expect(serviceFor(db, 'in-london').heatmap().zone).toBe('Asia/Kolkata');
  });

  it('shows an empty period and an empty heatmap for an account with no calls', () => {
    const db = openMemoryDatabase();
    fill(db, 'x', 'IN', 'Asia/Kolkata', 1);
    db.exec('DELETE FROM call_details');
    const service = serviceFor(db, 'x');
    expect(service.period({ kind: 'week' }).campaigns).toEqual([]);
    expect(service.heatmap()).toMatchObject({ calls: 0, cells: [] });
  });
});
