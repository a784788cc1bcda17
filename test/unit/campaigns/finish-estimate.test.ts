import { describe, expect, it } from 'vitest';
import { estimateFinish } from '../../../src/shared/campaigns/finish-estimate';
import { toCampaign } from '../../../src/main/exotel';
import type { Campaign } from '../../../src/shared/exotel';

const NOW = new Date('2025-03-03T04:30:00Z');
const running = (over: Partial<Campaign> = {}): Campaign => ({
  ...toCampaign(
    { id: 'c', name: 'Outage', status: 'in-progress', mode: 'custom', throttle: 10, stats: { completed: 50, pending: 290, retry: 10 } },
    null,
  ),
  ...over,
});

describe('expected finish', () => {
  it('is the numbers left at the campaign’s throttle from now', () => {
    expect(estimateFinish(running(), NOW)).toEqual({
      kind: 'estimate',
      at: '2025-03-03T05:00:00.000Z',
      remaining: 300,
      callsPerMinute: 10,
    });
  });

  it('uses the account throttle for automatic pacing and starts at the send time when that is later', () => {
    const scheduled = running({ status: 'created', mode: 'auto', schedule: { sendAt: '2025-03-03T11:00:00+05:30', endAt: null } });
    expect(estimateFinish(scheduled, NOW)).toMatchObject({ kind: 'estimate', at: '2025-03-03T05:35:00.000Z', callsPerMinute: 60 });
  });

  it('says when the schedule ends first, and waits for a paused campaign', () => {
    expect(estimateFinish(running({ schedule: { sendAt: null, endAt: '2025-03-03T10:15:00+05:30' } }), NOW)).toMatchObject({
      kind: 'cut-off',
      at: '2025-03-03T04:45:00.000Z',
    });
    expect(estimateFinish(running({ status: 'paused' }), NOW)).toEqual({ kind: 'paused', remaining: 300 });
    const ended = running({ status: 'completed' });
    expect(estimateFinish({ ...ended, stats: ended.stats && { ...ended.stats, retry: 0 } }, NOW)).toEqual({ kind: 'finished' });
  });

  it('a scheduled campaign whose numbers Exotel has not counted yet shows when it starts, not "finished"', () => {
    const empty = toCampaign(
      { id: 'c', name: 'Festival', status: 'Created', stats: {}, schedule: { send_at: '2025-03-04T09:30:00+05:30' } },
      null,
    );
    expect(estimateFinish(empty, NOW)).toEqual({ kind: 'not-started', at: '2025-03-04T04:00:00.000Z' });
  });
});
