import { describe, expect, it } from 'vitest';
import { emptyStats, statsTotal, type CampaignStatus } from '../../../src/shared/exotel';
import { dayPhase, planActionPreview } from '../../../src/shared/plans/action-preview';
import { currentDay, planBarStats, planFigures, planStatus, planTitle } from '../../../src/shared/plans/progress';
import type { PlanView } from '../../../src/shared/plans/schemas';

const NOW = new Date('2026-12-11T08:00:00.000Z');
const DAY = 86_400_000;
const START = Date.parse('2026-12-10T03:30:00.000Z');
/** Day 1's hours: days 2 and 3 have not started. */
const DAY_ONE = new Date(START + 3_600_000);

type Day = PlanView['days'][number];

/** A 3-day plan whose days stand as given: a campaign status, or the create still `queued` / `failed`. */
function plan(...states: Array<CampaignStatus | 'queued' | 'failed'>): PlanView {
  const days = states.map((state, i): Day => {
    const sendAt = new Date(START + i * DAY).toISOString();
    const endAt = new Date(START + i * DAY + 12 * 3_600_000).toISOString();
    const onExotel = state !== 'queued' && state !== 'failed';
    const stats = onExotel && state !== 'created' ? { ...emptyStats(), completed: 3, failed: 1, pending: 6 } : null;
    return {
      day: i + 1,
      sendAt,
      endAt,
      numbers: 10,
      firstNumber: i * 10,
      itemId: `item-${i}`,
      key: `Dues · day ${i + 1} of ${states.length}`,
      campaignId: onExotel ? `c-${i}` : null,
      itemState: state === 'queued' ? 'queued' : state === 'failed' ? 'failed' : 'done',
      campaign: onExotel
        ? { status: state, statusText: state, stats, calls: stats ? 5 : null, sendAt, endAt, lastSyncedAt: NOW.toISOString() }
        : null,
    };
  });
  return { id: 'p', accountId: 'sandbox', name: 'Dues', zone: 'Asia/Kolkata', createdAt: NOW.toISOString(), days };
}

describe('a plan as one campaign', () => {
  it('is on the day calling now, else the next not finished', () => {
    expect(planTitle(plan('completed', 'in-progress', 'created'), NOW)).toBe('Dues · day 2 of 3');
    expect(planTitle(plan('completed', 'created', 'created'), new Date(START + 1.9 * DAY))).toBe('Dues · day 2 of 3');
    expect(planTitle(plan('completed', 'completed', 'completed'), NOW)).toBe('Dues · day 3 of 3');
    // A paused day that has not reached its start is not the day running.
    expect(currentDay(plan('completed', 'created', 'paused'), NOW)?.day).toBe(2);
  });

  it('adds up the days’ numbers and calls', () => {
    expect(planFigures(plan('completed', 'in-progress', 'created'))).toEqual({
      numbers: 30,
      counted: 20,
      finished: 8,
      calls: 10,
      answered: 6,
    });
  });

  it('says calling while a day calls, launching while the day it is on is being created, completed at the end', () => {
    expect(planStatus(plan('completed', 'in-progress', 'created'), NOW)).toBe('in-progress');
    expect(planStatus(plan('completed', 'queued', 'queued'), NOW)).toBe('launching');
    expect(planStatus(plan('paused', 'paused', 'paused'), NOW)).toBe('paused');
    expect(planStatus(plan('completed', 'deleted', 'deleted'), NOW)).toBe('completed');
  });

  it('tells each day’s phase, a queued create included', () => {
    const p = plan('in-progress', 'created', 'queued');
    expect(p.days.map((d) => dayPhase(d, DAY_ONE))).toEqual(['running', 'not-started', 'queued']);
  });

  it('says what each action will do before it is asked for', () => {
    const p = plan('in-progress', 'created', 'queued');
    expect(planActionPreview(p, 'pause', DAY_ONE).text).toBe(
      'Pauses day 1 and the 1 day not started. Day 3 is still being created on Exotel and not acted on.',
    );
    expect(planActionPreview(p, 'resume', DAY_ONE)).toEqual({
      text: 'No day is in a state to resume. Day 3 is still being created on Exotel and not acted on.',
      none: true,
    });
    expect(planActionPreview(plan('paused', 'paused', 'paused'), 'complete', DAY_ONE).text).toBe(
      'Completes day 1: the numbers not called yet become failed; deletes the 2 days not started, so 20 numbers are not called.',
    );
  });
});

describe('a plan’s outcome bar', () => {
  it('counts the numbers of the days not counted yet as pending, so it adds up to every number of the plan', () => {
    const stats = planBarStats(plan('in-progress', 'created', 'queued'));
    expect(statsTotal(stats)).toBe(30);
    expect(stats.pending).toBe(26);
  });
});
