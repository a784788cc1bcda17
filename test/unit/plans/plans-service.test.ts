import { afterEach, describe, expect, it } from 'vitest';
import { planFigures, planTitle } from '../../../src/shared/plans/progress';
import { makeServices, type TestServices } from '../../support/services';
import { seedPlan, settlePlan } from '../../support/plan-seed';

let s: TestServices | null = null;
afterEach(async () => {
  // The campaign read back after each action runs on its own: let it finish before the store closes.
  await s?.outbox.idle();
  await new Promise((resolve) => setTimeout(resolve, 50));
  await s?.close();
  s = null;
});

/** The days' campaigns as the Sandbox itself holds them, by name. */
function onExotel(services: TestServices, name: string): string[] {
  const all = services.sandbox.sandbox.snapshot().campaigns;
  return [1, 2, 3].map((day) => all.find((c) => c.settings.name === `${name} · day ${day} of 3`)?.status ?? 'missing');
}

async function launched(): Promise<{ services: TestServices; planId: string; itemIds: string[] }> {
  s = makeServices();
  const { planId, itemIds } = seedPlan(s);
  await settlePlan(s, itemIds);
  return { services: s, planId, itemIds };
}

describe('plans of daily runs', () => {
  it('lists a plan with each day’s campaign, its outbox state and its numbers', async () => {
    const { services, planId } = await launched();
    const [plan, ...others] = services.plans.list();
    expect(others).toHaveLength(0);
    expect(plan?.id).toBe(planId);
    expect(plan?.days.map((d) => [d.day, d.itemState, d.campaign?.status])).toEqual([
      [1, 'done', 'in-progress'],
      [2, 'done', 'created'],
      [3, 'done', 'created'],
    ]);
    expect(plan?.days.every((d) => typeof d.campaignId === 'string')).toBe(true);
    expect(planTitle(plan!)).toBe('Dues December · day 1 of 3');
    expect(planFigures(plan!).numbers).toBe(92);
    expect(services.plans.get(planId)).toEqual(plan);
  });

  it('a day whose create has not reached Exotel is shown as such and is not acted on', async () => {
    s = makeServices();
    s.network.pretendOffline(true);
    const { planId, itemIds } = seedPlan(s, { name: 'Offline dues' });
    const plan = s.plans.get(planId);
    expect(plan.days.map((d) => [d.itemState, d.campaignId])).toEqual([
      ['queued', null],
      ['queued', null],
      ['queued', null],
    ]);
    const result = await s.plans.act(planId, 'pause');
    expect(result.items).toHaveLength(0);
    expect(result.days.map((d) => d.outcome)).toEqual(['waiting', 'waiting', 'waiting']);
    expect(result.days[0]?.message).toMatch(/still being created on Exotel/);
    expect(itemIds).toHaveLength(3);
  });

  it('pause pauses the running day and the days not started; resume resumes them', async () => {
    const { services, planId } = await launched();
    const paused = await services.plans.act(planId, 'pause');
    expect(paused.days.map((d) => [d.outcome, d.actions])).toEqual([
      ['queued', ['pause']],
      ['queued', ['pause']],
      ['queued', ['pause']],
    ]);
    expect(paused.items.map((i) => [i.kind, i.action, i.title])).toEqual([
      ['campaign-action', 'pause', 'Pause “Dues December · day 1 of 3”'],
      ['campaign-action', 'pause', 'Pause “Dues December · day 2 of 3”'],
      ['campaign-action', 'pause', 'Pause “Dues December · day 3 of 3”'],
    ]);
    await services.outbox.idle();
    expect(onExotel(services, 'Dues December')).toEqual(['paused', 'paused', 'paused']);

    // Asked again, every day is paused already: nothing more goes to Exotel.
    const again = await services.plans.act(planId, 'pause');
    expect(again.items).toHaveLength(0);
    expect(again.days.map((d) => d.message)).toEqual(Array(3).fill('Nothing to do: it is paused already.'));

    await services.plans.act(planId, 'resume');
    await services.outbox.idle();
    // The running day calls again; the days not started go back to waiting for their start.
    expect(onExotel(services, 'Dues December')).toEqual(['in-progress', 'created', 'created']);
  });

  it('complete completes the running day (pausing it first) and deletes the days not started', async () => {
    const { services, planId } = await launched();
    const result = await services.plans.act(planId, 'complete');
    expect(result.days.map((d) => d.actions)).toEqual([['pause', 'complete'], ['delete'], ['delete']]);
    expect(result.days[1]?.message).toBe('Delete queued: it has not started, so none of its 40 numbers are called.');
    await services.outbox.idle();
    expect(onExotel(services, 'Dues December')).toEqual(['completed', 'deleted', 'deleted']);
    const items = services.outbox.list(services.accounts.activeId() ?? '').filter((i) => i.kind === 'campaign-action');
    expect(items.map((i) => i.state)).toEqual(['done', 'done', 'done', 'done']);
  });

  it('complete after a pause: the paused running day is completed, the paused days not started deleted', async () => {
    const { services, planId } = await launched();
    await services.plans.act(planId, 'pause');
    await services.outbox.idle();
    const result = await services.plans.act(planId, 'complete');
    expect(result.days.map((d) => d.actions)).toEqual([['complete'], ['delete'], ['delete']]);
    await services.outbox.idle();
    expect(onExotel(services, 'Dues December')).toEqual(['completed', 'deleted', 'deleted']);
  });

  it('a plan that is not in the active account is refused in plain words', async () => {
    const { services } = await launched();
    expect(() => services.plans.get('no-such-plan')).toThrow('That plan is not in this account’s campaigns.');
    await expect(services.plans.act('no-such-plan', 'pause')).rejects.toThrow('That plan is not in this account’s campaigns.');
  });
});
