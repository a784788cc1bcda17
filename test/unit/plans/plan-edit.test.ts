import { afterEach, describe, expect, it } from 'vitest';
import { makeServices, type TestServices } from '../../support/services';
import { seedPlan, settlePlan } from '../../support/plan-seed';

let s: TestServices | null = null;
afterEach(async () => {
  await s?.outbox.idle();
  await new Promise((resolve) => setTimeout(resolve, 50));
  await s?.close();
  s = null;
});

/** Each day's message and rate as the Sandbox itself holds them. */
function onExotel(services: TestServices): Array<[string | null, number | null]> {
  const all = services.sandbox.sandbox.snapshot().campaigns;
  return [1, 2, 3].map((day) => {
    const c = all.find((x) => x.settings.name === `Dues December · day ${day} of 3`);
    return [c?.settings.read_via_text ?? null, c?.settings.throttle ?? null];
  });
}

describe('editing a plan before a day’s start', () => {
  it('changes the message and rate of the days not started, and leaves the day calling as it is', async () => {
    s = makeServices();
    const services = s;
    const { planId, itemIds } = seedPlan(services);
    await settlePlan(services, itemIds);

    const result = services.planEdits.edit(planId, { readViaText: 'Your dues are now due on the 20th.', throttle: 2 });
    expect(result.days.map((d) => d.outcome)).toEqual(['unchanged', 'queued', 'queued']);
    expect(result.days[0]?.message).toMatch(/it has started/);
    expect(result.items.map((i) => [i.kind, i.campaignId])).toEqual([
      ['campaign-update', services.plans.get(planId).days[1]?.campaignId],
      ['campaign-update', services.plans.get(planId).days[2]?.campaignId],
    ]);
    await services.outbox.idle();
    expect(onExotel(services)).toEqual([
      ['Your December dues are waiting.', 1],
      ['Your dues are now due on the 20th.', 2],
      ['Your dues are now due on the 20th.', 2],
    ]);
  });

  it('says so when no day is waiting for its start, and queues nothing', async () => {
    s = makeServices();
    const services = s;
    services.network.pretendOffline(true);
    const { planId } = seedPlan(services);
    expect(() => services.planEdits.edit(planId, { throttle: 2 })).toThrow(/no day not started is on Exotel yet/);
    expect(services.outbox.list(services.accounts.activeId() ?? '').filter((i) => i.kind === 'campaign-update')).toHaveLength(0);
  });
});
