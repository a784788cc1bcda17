import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importSheet } from '../../support/import-sheet';
import { CallDetailsRepo } from '../../../src/main/store/call-details-repo';
import { makeServices, type TestServices } from '../../support/services';
import { closeDay, seedShortPlan, type ShortPlan } from '../../support/carry-seed';

let s: TestServices | null = null;
afterEach(async () => {
  await s?.outbox.idle();
  await new Promise((resolve) => setTimeout(resolve, 50));
  await s?.close();
  s = null;
});

/** The Sandbox's campaigns by name, with the numbers each was given. */
function onExotel(services: TestServices): Map<string, { from: string[]; lists: string[]; sendAt: number; endAt: number }> {
  const out = new Map<string, { from: string[]; lists: string[]; sendAt: number; endAt: number }>();
  for (const c of services.sandbox.sandbox.snapshot().campaigns) {
    out.set(c.settings.name, {
      from: [...(c.settings.from ?? [])],
      lists: [...(c.settings.lists ?? [])],
      sendAt: c.settings.send_at,
      endAt: c.settings.end_at,
    });
  }
  return out;
}

async function launchedShortPlan(o: Parameters<typeof seedShortPlan>[1]): Promise<{ services: TestServices; plan: ShortPlan }> {
  s = makeServices();
  const plan = seedShortPlan(s, o);
  await s.outbox.idle();
  return { services: s, plan };
}

describe('carry-over of what a day did not finish', () => {
  it('carries day 1’s uncalled numbers of typed numbers into a catch-up run, once', async () => {
    const { services, plan } = await launchedShortPlan({ sizes: [40, 40, 12], minutes: 20 });
    const campaignId = await closeDay(services, plan, 1);
    await services.carryOver.scan();
    await services.outbox.idle();

    const called = new Set(
      [...new CallDetailsRepo(services.db).iterate(services.accounts.activeId() ?? '', campaignId, false)].map((c) => c.number),
    );
    const uncalled = (plan.numbers[0] ?? []).filter((n) => !called.has(n));
    expect(uncalled.length).toBeGreaterThan(10);

    const state = services.carryOver.state();
    expect(state.auto).toBe(true);
    expect(state.notices).toHaveLength(1);
    expect(state.notices[0]).toMatchObject({
      fromDay: 1,
      fromLabel: 'day 1 of 3',
      state: 'carried',
      intoDay: 4,
      intoName: 'day 2 of 3 · carried over',
      problem: null,
    });
    const carried = onExotel(services).get('Dues December · day 2 of 3 · carried over');
    expect(carried?.from).toEqual(uncalled);
    expect(state.notices[0]?.numbers).toBe(uncalled.length);
    // It goes on the next calling day: after day 1's close.
    const dayOneEnd = Date.parse(services.plans.get(plan.planId).days[0]?.endAt ?? '');
    expect(carried?.sendAt).toBeGreaterThanOrEqual(dayOneEnd);
    expect(services.plans.get(plan.planId).days.map((d) => d.key)).toEqual([
      'Dues December · day 1 of 3',
      'Dues December · day 2 of 3',
      'Dues December · day 3 of 3',
      'Dues December · day 2 of 3 · carried over',
    ]);

    // Looking again, or asking again, carries nothing more.
    await services.carryOver.scan();
    await services.carryOver.carry(plan.planId, 1);
    await services.outbox.idle();
    const names = services.sandbox.sandbox.snapshot().campaigns.map((c) => c.settings.name);
    expect(names.filter((n) => n.includes('carried over'))).toHaveLength(1);
  });

  it('carries a list day’s uncalled rows, with their variables, as a list of their own', async () => {
    s = makeServices();
    const dir = mkdtempSync(join(tmpdir(), 'carry-list-'));
    const rows = Array.from({ length: 60 }, (_, i) => `+9198765${String(i).padStart(5, '0')},Person ${i}`);
    writeFileSync(join(dir, 'dues.csv'), ['Phone,Name', ...rows].join('\r\n'), 'utf8');
    const { listId } = await importSheet(s, join(dir, 'dues.csv'), 'Dues list');
    const plan = seedShortPlan(s, { sizes: [30, 30], minutes: 15, listId, text: 'Hello @@Name, your dues are waiting.' });
    await s.outbox.idle();
    const campaignId = await closeDay(s, plan, 1);
    await s.carryOver.scan();
    await s.outbox.idle();

    const called = new Set([...new CallDetailsRepo(s.db).iterate(s.accounts.activeId() ?? '', campaignId, false)].map((c) => c.number));
    const uncalled = (plan.numbers[0] ?? []).filter((n) => !called.has(n));
    expect(uncalled.length).toBeGreaterThan(5);
    const notice = s.carryOver.state().notices[0];
    expect(notice).toMatchObject({ fromDay: 1, state: 'carried', numbers: uncalled.length, intoName: 'day 2 of 2 · carried over' });

    const world = s.sandbox.sandbox.snapshot();
    const carried = onExotel(s).get('Dues December · day 2 of 2 · carried over');
    expect(carried?.from).toEqual([]);
    const list = world.lists.find((l) => l.sid === carried?.lists[0]);
    const numberOf = new Map(world.contacts.map((c) => [c.sid, c.number]));
    expect(list?.entries.map((e) => numberOf.get(e.contactSid))).toEqual(uncalled);
    // Each carried row keeps its own values for the message.
    const first = uncalled[0] ?? '';
    expect(list?.entries[0]?.variables).toMatchObject({ Name: `Person ${Number(first.slice(-5))}` });
  });

  it('with “Carry over by itself” off, waits for the user; Leave them keeps them uncalled', async () => {
    const { services, plan } = await launchedShortPlan({ sizes: [40, 40, 40], minutes: 20 });
    await services.carryOver.setAuto(services.accounts.activeId() ?? '', false);
    await closeDay(services, plan, 1);
    await services.carryOver.scan();
    await services.outbox.idle();
    const waiting = services.carryOver.state();
    expect(waiting.auto).toBe(false);
    expect(waiting.notices.map((n) => [n.fromDay, n.state, n.intoDay])).toEqual([[1, 'waiting', null]]);
    expect(waiting.notices[0]?.since).toBe(services.plans.get(plan.planId).days[0]?.endAt);
    const carriedNames = () => services.sandbox.sandbox.snapshot().campaigns.filter((c) => c.settings.name.includes('carried over'));
    expect(carriedNames()).toHaveLength(0);

    const done = await services.carryOver.carry(plan.planId, 1);
    await services.outbox.idle();
    expect(done).toMatchObject({ state: 'carried', intoDay: 4 });
    expect(carriedNames()).toHaveLength(1);

    await closeDay(services, plan, 2);
    await services.carryOver.scan();
    const left = await services.carryOver.leave(plan.planId, 2);
    expect(left.state).toBe('left');
    await services.carryOver.scan();
    await services.outbox.idle();
    expect(carriedNames()).toHaveLength(1);
    expect(services.carryOver.state().notices.map((n) => [n.fromDay, n.state])).toEqual([
      [2, 'left'],
      [1, 'carried'],
    ]);
  });

  it('a day completed by hand leaves nothing to carry', async () => {
    const { services, plan } = await launchedShortPlan({ sizes: [40, 40], minutes: 20 });
    await services.plans.act(plan.planId, 'pause');
    await services.outbox.idle();
    await services.plans.act(plan.planId, 'complete');
    await services.outbox.idle();
    await closeDay(services, plan, 1);
    await services.carryOver.scan();
    expect(services.carryOver.state().notices).toEqual([]);
  });

  it('carries exactly once across a restart between queueing the catch-up and sending it', async () => {
    s = makeServices();
    const dir = s.ports.userDataDir;
    const plan = seedShortPlan(s, { sizes: [40, 40], minutes: 20 });
    await s.outbox.idle();
    await closeDay(s, plan, 1);
    s.network.pretendOffline(true);
    await s.carryOver.scan();
    expect(s.carryOver.state().notices[0]?.state).toBe('carried');
    // The catch-up is queued, not sent, when the app closes.
    expect(s.outbox.list(s.accounts.activeId() ?? '').filter((i) => i.key.includes('carried over') && i.state === 'queued')).toHaveLength(
      1,
    );
    await s.close();

    s = makeServices({ userDataDir: dir });
    s.network.pretendOffline(false);
    await s.carryOver.scan();
    await s.outbox.idle();
    await s.carryOver.scan();
    await s.outbox.idle();
    const names = s.sandbox.sandbox.snapshot().campaigns.map((c) => c.settings.name);
    expect(names.filter((n) => n.includes('carried over'))).toEqual(['Dues December · day 2 of 2 · carried over']);
    expect(s.plans.get(plan.planId).days).toHaveLength(3);
  });
});
