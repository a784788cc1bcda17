import type { StatSnapshot } from '../../../src/shared/campaigns/schemas';
import type { Campaign } from '../../../src/shared/exotel';
import { campaign, stats } from './fake-campaigns';

const MINUTE = 60_000;
const iso = (ms: number) => new Date(ms).toISOString().replace('Z', '+00:00');

/** Campaigns like the Sandbox's demo ones, placed around `now`. */
export function demoCampaigns(now: number): {
  campaigns: Campaign[];
  snapshots: Record<string, StatSnapshot[]>;
  calls: Record<string, number>;
} {
  const running = campaign({
    id: 'c-outage',
    name: 'Demo: service outage update',
    status: 'in-progress',
    dateCreated: iso(now - 50 * MINUTE),
    schedule: { sendAt: iso(now - 49 * MINUTE), endAt: iso(now + 30 * 24 * 60 * MINUTE) },
    mode: 'custom',
    throttle: 10,
    stats: stats({ completed: 296, failed: 41, failedDnd: 12, invalid: 3, retry: 38, retrying: 4, inProgress: 6, pending: 1_800 }),
  });
  const snapshots: StatSnapshot[] = [];
  for (let i = 0; i <= 8; i++) {
    const done = Math.round((i / 8) * 296);
    snapshots.push({
      at: new Date(now - (8 - i) * 5 * MINUTE).toISOString(),
      stats: stats({ completed: done, failed: Math.round(done / 7), failedDnd: i ? 12 : 0, pending: 2_200 - done }),
    });
  }
  return {
    campaigns: [
      running,
      campaign({
        id: 'c-festival',
        name: 'Demo: festival greetings',
        status: 'created',
        dateCreated: iso(now - 2 * MINUTE),
        schedule: { sendAt: iso(now + 24 * 60 * MINUTE), endAt: iso(now + 31 * 24 * 60 * MINUTE) },
        stats: stats({ created: 40 }),
      }),
      campaign({
        id: 'c-feedback',
        name: 'Demo: feedback calls',
        status: 'paused',
        dateCreated: iso(now - 90 * MINUTE),
        mode: 'custom',
        throttle: 5,
        stats: stats({ completed: 98, failed: 11, failedDnd: 2, paused: 39 }),
      }),
      campaign({
        id: 'c-payment',
        name: 'Demo: payment reminder',
        status: 'completed',
        dateCreated: iso(now - 3 * 24 * 60 * MINUTE),
        stats: stats({ completed: 31, failed: 6, failedDnd: 1, failedNoAttempt: 2 }),
      }),
      campaign({
        id: 'c-renewal',
        name: 'Demo: renewal notice',
        status: 'archived',
        dateCreated: iso(now - 10 * 24 * 60 * MINUTE),
        stats: stats({ completed: 17, failed: 3 }),
      }),
      campaign({
        id: 'c-new',
        name: 'Quarterly survey (new status)',
        status: 'unknown',
        statusText: 'Scheduling',
        dateCreated: iso(now - 20 * MINUTE),
        stats: null,
      }),
    ],
    snapshots: { 'c-outage': snapshots },
    calls: { 'c-outage': 1_620, 'c-feedback': 140, 'c-payment': 52, 'c-renewal': 24 },
  };
}
