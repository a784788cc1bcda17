import { describe, expect, it } from 'vitest';
import { estimateFinish } from '../../../src/shared/campaigns/finish-estimate';
import type { CallsPage } from '../../../src/shared/campaigns/schemas';
import { callsReadNote } from '../../../src/renderer/features/campaigns/calls-read-note';
import { finishText } from '../../../src/renderer/features/campaigns/finish-text';
import { campaign as fakeCampaign, stats } from './fake-campaigns';

const NOW = new Date('2025-03-03T04:30:00Z');

const page = (over: Partial<CallsPage>): CallsPage => ({
  campaignId: 'c',
  total: 68,
  offset: 0,
  rows: [],
  counts: { completed: 68 },
  numberCounts: { completed: 68 },
  loaded: 68,
  withDigit: false,
  exotelTotal: 68,
  complete: true,
  settled: false,
  final: true,
  underWay: 48,
  nextReadAt: '2025-03-03T04:31:00Z',
  lastSyncedAt: '2025-03-03T04:30:00Z',
  offline: false,
  notice: null,
  ...over,
});

describe('the words of a campaign completed with calls still on', () => {
  it('says it is completed with the calls still under way, not finished', () => {
    const campaign = fakeCampaign({
      id: 'c',
      name: 'Outage',
      status: 'completed',
      stats: stats({ completed: 68, failed: 175, inProgress: 48 }),
    });
    const words = finishText(estimateFinish(campaign, NOW));
    expect(words.headline).toBe('Completed on Exotel; 48 calls still under way');
    expect(words.headline).not.toMatch(/Finished/);
    const ended = fakeCampaign({ id: 'c', name: 'Outage', status: 'completed', stats: stats({ completed: 116, failed: 175 }) });
    expect(finishText(estimateFinish(ended, NOW)).headline).toBe('Finished');
  });

  it('the calls note says how many are still on and when they are read next; "All N calls read" only once they are all in', () => {
    const note = callsReadNote(page({}));
    expect(note).toMatch(
      /^68 calls read at .*; 48 calls still under way on Exotel are read when they end\. The app reads them again around \d\d:\d\d/,
    );
    expect(note).not.toMatch(/All/);
    expect(callsReadNote(page({ underWay: 0 }))).toMatch(/checking that Exotel lists no more/);
    expect(callsReadNote(page({ settled: true, underWay: 0, nextReadAt: null, loaded: 116 }))).toMatch(/^All 116 calls read at /);
    expect(callsReadNote(page({ final: false, underWay: 0, nextReadAt: null }))).not.toMatch(/All/);
  });
});
