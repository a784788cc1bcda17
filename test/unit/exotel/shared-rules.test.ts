import { describe, expect, it } from 'vitest';
import {
  allowedActions,
  checkCampaignCreate,
  isFinalCampaignStatus,
  normaliseCallStatus,
  normaliseCampaignStatus,
  normaliseUploadState,
  statsTotal,
  emptyStats,
} from '../../../src/shared/exotel';

describe('campaign statuses', () => {
  it('reads every casing Exotel uses and keeps anything new as unknown', () => {
    expect(
      ['Created', 'in-progress', 'In Progress', 'PAUSED', 'Completed', 'cancelled', 'Canceled', 'archived'].map(normaliseCampaignStatus),
    ).toEqual(['created', 'in-progress', 'in-progress', 'paused', 'completed', 'canceled', 'canceled', 'archived']);
    expect(normaliseCampaignStatus('Throttled')).toBe('unknown');
    expect(normaliseCampaignStatus(null)).toBe('unknown');
  });

  it('offers only the actions Exotel allows from each status', () => {
    expect(allowedActions('created')).toEqual(['pause']);
    expect(allowedActions('in-progress')).toEqual(['pause']);
    expect(allowedActions('paused')).toEqual(['resume', 'complete']);
    expect(allowedActions('completed')).toEqual(['archive']);
    expect(allowedActions('unknown')).toEqual([]);
    expect(isFinalCampaignStatus('canceled')).toBe(true);
    expect(isFinalCampaignStatus('paused')).toBe(false);
  });

  it('reads call and upload statuses', () => {
    expect(['Completed', 'no_answer', 'NoAnswer', 'busy', 'ringing'].map(normaliseCallStatus)).toEqual([
      'completed',
      'no-answer',
      'no-answer',
      'busy',
      'unknown',
    ]);
    expect(['In-Progress', 'completed', 'FAILED', 'queued'].map(normaliseUploadState)).toEqual([
      'in-progress',
      'completed',
      'failed',
      'unknown',
    ]);
  });

  it('adds up stats', () => {
    expect(statsTotal({ ...emptyStats(), completed: 3, failedDnd: 1, retry: 2 })).toBe(6);
  });
});

describe('campaign input rules', () => {
  const ok = { callerId: '08047112233', readViaText: 'Hi', from: ['+919812345678'] };

  it('accepts a plain campaign', () => {
    expect(checkCampaignCreate(ok)).toEqual([]);
  });

  it('says what is wrong and where', () => {
    expect(checkCampaignCreate({ callerId: '1', readViaText: 'Hi' })).toEqual([
      { field: 'from', message: 'Give the numbers to call or a list' },
    ]);
    expect(checkCampaignCreate({ ...ok, lists: ['a'] }).map((i) => i.field)).toEqual(['from']);
    expect(
      checkCampaignCreate({ callerId: '1', readViaText: 'Hi', lists: ['a', 'b'], campaignType: 'dynamic' }).map((i) => i.field),
    ).toEqual(['lists']);
    expect(checkCampaignCreate({ callerId: '1', readViaText: 'Hi', lists: ['a', 'b', 'c', 'd', 'e', 'f'] }).map((i) => i.field)).toEqual([
      'lists',
    ]);
    expect(checkCampaignCreate({ ...ok, retries: { numberOfRetries: 2 } }).map((i) => i.field)).toEqual(['retries.interval_mins']);
    expect(checkCampaignCreate({ ...ok, throttle: 60 }).map((i) => i.message)).toEqual([
      "Throttle must be below the account's 60 calls a minute",
    ]);
    expect(checkCampaignCreate({ ...ok, throttle: 60 }, 100)).toEqual([]);
    expect(
      checkCampaignCreate({ ...ok, schedule: { sendAt: '2025-03-03T10:00:00+05:30', endAt: '2025-03-03T09:00:00+05:30' } }).map(
        (i) => i.field,
      ),
    ).toEqual(['schedule.end_at']);
  });
});
