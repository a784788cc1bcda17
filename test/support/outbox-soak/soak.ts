import type { Fault } from '../../../src/main/sandbox';
import { exotelListName } from '../../../src/main/services/contacts/contacts-sender';
import type { NewOutboxItem } from '../../../src/main/services/outbox/types';
import { ACTION_FROM, type CampaignAction } from '../../../src/shared/exotel';
import { shiftRfc3339 } from '../../../src/main/services/outbox/launch-time';
import { campaignInput, createItem, OutboxWorld } from './outbox-world';
import { mulberry32 } from '../seeded-random';
import { DAY_NAME, enqueuePlanLaunch } from './plan-ops';

export interface SoakOptions {
  ops: number;
  seed: number;
}

/** The soak's last line: what the simulator itself made, against what the outbox said. */
export interface SoakLine {
  ops: number;
  faults: number;
  created: number;
  duplicates: number;
  lost: number;
  needsConfirmation: number;
  couldHaveSettled: number;
  /** Days of plans of daily runs queued, and day names the simulator holds more than one campaign of. */
  planDays: number;
  daysTwice: number;
}

export interface SoakReport {
  line: SoakLine;
  /** Needs-confirmation items that were real ambiguities (Exotel could not be read) and stale-launch questions. */
  ambiguous: number;
  staleLaunches: number;
  /** Reported failed although the simulator shows the work done. */
  wrongFailures: number;
  kills: number;
  offlineOps: number;
}

interface Op {
  id: string;
  item: NewOutboxItem;
}

/** An instant written in India's time, as a user there would schedule it. */
const IST = (ms: number): string => shiftRfc3339('1970-01-01T05:30:00+05:30', ms);

/**
 * Drives launches, test calls, list sends and campaign actions through the real OutboxService against the Sandbox,
 * with answers lost after the work, 5xx before and after it, timeouts, 429 with Retry-After, a stretch offline, a
 * spell when Exotel cannot be read, and the process killed while an item is sending.
 */
export async function runSoak(o: SoakOptions): Promise<SoakReport> {
  const rng = mulberry32(o.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;
  const w = new OutboxWorld({ seed: o.seed, timeoutMs: 60 });
  const lists = [
    await w.importList('Soak A', 8, 76500000),
    await w.importList('Soak B', 12, 76600000),
    await w.importList('Soak C', 5, 76700000),
  ];
  const ops: Op[] = [];
  const launched: { accountId: string; id: string }[] = [];
  let faults = 0;
  let kills = 0;
  let offlineOps = 0;
  let offlineUntil = 0;
  const ambiguousIds = new Set<string>();
  const seenQuestions = new Map<string, 'stale' | 'unknown'>();
  let couldHaveSettled = 0;
  let n = 0;
  let planDays = 0;
  const killsAt = [Math.floor(o.ops * 0.5), Math.floor(o.ops * 0.75)];

  const inject = (f: Fault): void => {
    w.sandbox.faults.inject(f);
    faults++;
  };
  const number = (): string => `+9198${String(Math.floor(rng() * 1e8)).padStart(8, '0')}`;
  const enqueue = (item: NewOutboxItem): string => {
    const view = w.enqueue(item);
    ops.push({ id: view.id, item });
    return view.id;
  };
  const launchPlan = (accountId: string, name: string, listId?: string): string => {
    const sizes = [1 + Math.floor(rng() * 3), 1 + Math.floor(rng() * 3), 1 + Math.floor(rng() * 2)];
    const days = sizes.map((k) => Array.from({ length: k }, number));
    const queued = enqueuePlanLaunch((build) => w.enqueueAll(build), {
      accountId,
      name,
      days,
      startMs: w.time.now() + (2 + Math.floor(rng() * 20)) * 60_000,
      ...(listId ? { listId } : {}),
    });
    ops.push(...queued);
    planDays += days.length;
    return queued.find((q) => q.item.kind === 'campaign-create')?.id ?? '';
  };
  const questions = (outage: boolean): void => {
    for (const e of w.events) {
      if (e.state !== 'needs-confirmation' || seenQuestions.has(e.id)) continue;
      const kind = e.choices.includes('mark-done') ? 'unknown' : 'stale';
      seenQuestions.set(e.id, kind);
      if (kind === 'unknown') {
        if (outage) ambiguousIds.add(e.id);
        else couldHaveSettled++;
      }
    }
  };
  const writeFault = (match: { method: string; path: string | RegExp }): void => {
    if (rng() > 0.25) return;
    const roll = rng();
    if (roll < 0.3) inject({ ...match, kind: 'lost-answer' });
    else if (roll < 0.5) inject({ ...match, kind: 'server-error', status: 502, afterWork: true });
    else if (roll < 0.65) inject({ ...match, kind: 'server-error', status: 503 });
    else if (roll < 0.75) inject({ ...match, kind: 'slow', delayMs: 120 });
    else if (roll < 0.95) inject({ ...match, kind: 'rate-limit', retryAfterSeconds: 1 + Math.floor(rng() * 300) });
    else inject({ ...match, kind: 'malformed' });
  };

  while (n < o.ops) {
    w.time.advance(2000 + Math.floor(rng() * 13_000));
    if (n >= Math.floor(o.ops * 0.3) && offlineUntil === 0) {
      w.setOnline(false);
      offlineUntil = w.time.now() + 12 * 60_000;
    }
    if (!w.online && w.time.now() >= offlineUntil) w.setOnline(true);
    if (!w.online) offlineOps++;
    const accountId = rng() < 0.5 ? 'sandbox' : 'acme';
    const key = `Soak ${o.seed} #${n}`;
    const roll = rng();
    let outage = false;

    if (killsAt.length > 0 && n >= (killsAt[0] as number)) {
      killsAt.shift();
      // The process dies while this launch is sending, before or after Exotel made it.
      w.hangNextWrite = rng() < 0.5 ? 'after-work' : 'before-work';
      // The first kill lands on a plan's first day, so the other days wait in the outbox across the restart.
      const id =
        killsAt.length === 1 ? launchPlan('sandbox', `${key} plan`) : enqueue(createItem('sandbox', key, campaignInput([number()])));
      for (let i = 0; i < 500 && w.item(id).state !== 'sending'; i++) await new Promise((r) => setImmediate(r));
      w.restart();
      kills++;
      faults++;
    } else if (roll < 0.4) {
      const scheduled = rng() < 0.2;
      const sendAt = w.time.now() + (1 + Math.floor(rng() * 20)) * 60_000;
      const input = campaignInput(
        [number(), number()],
        scheduled ? { schedule: { sendAt: IST(sendAt), endAt: IST(sendAt + 2 * 3600_000) } } : {},
      );
      if (accountId === 'sandbox' && rng() < 0.04) {
        // Exotel cannot be read for a while just as an answer is lost: a real ambiguity.
        inject({ kind: 'lost-answer', method: 'POST', path: '/campaigns' });
        inject({ kind: 'status', status: 500, method: 'GET', path: '/campaigns', count: 15 });
        outage = true;
      } else writeFault({ method: 'POST', path: '/campaigns' });
      enqueue(createItem(accountId, key, input));
    } else if (roll < 0.6) {
      writeFault({ method: 'POST', path: '/campaigns' });
      enqueue({
        kind: 'test-call',
        accountId,
        title: `Test call ${key}`,
        key,
        draftId: null,
        payload: { input: campaignInput([number()], { flowType: 'greeting' }), listFromItem: null },
      });
    } else if (roll < 0.78) {
      const listId = pick(lists);
      const listType = rng() < 0.5 ? 'static' : 'dynamic';
      const skip = rng() < 0.2 ? ['City'] : [];
      writeFault({ method: 'POST', path: /^\/(lists|contacts)/ });
      const send = enqueue({
        kind: 'list-send',
        accountId,
        title: `Send ${listType} list`,
        key: exotelListName(listId, listType, skip),
        listId,
        listType,
        skipEmptyFor: skip,
      });
      if (rng() < 0.5 && n + 1 < o.ops) {
        n++;
        const input = campaignInput([], {
          from: undefined,
          ...(listType === 'dynamic' ? { campaignType: 'dynamic' as const, readViaText: 'Hello @@Name' } : {}),
        });
        enqueue(createItem(accountId, `Soak ${o.seed} #${n}`, input, { listFromItem: send }));
      }
    } else if (roll < 0.86) {
      // A plan of daily runs: three days at once, typed numbers or a list's run per day, under the same faults.
      writeFault({ method: 'POST', path: rng() < 0.7 ? '/campaigns' : /^\/(lists|contacts)/ });
      launchPlan(accountId, `${key} plan`, rng() < 0.3 ? pick(lists) : undefined);
    } else {
      const state = w.sandbox.snapshot();
      const target = launched.length ? pick(launched) : null;
      const campaign = target ? state.campaigns.find((c) => c.id === target.id) : undefined;
      if (!target || !campaign) {
        writeFault({ method: 'POST', path: '/campaigns' });
        enqueue(createItem(accountId, key, campaignInput([number()])));
      } else {
        const allowed = (Object.keys(ACTION_FROM) as CampaignAction[]).filter((a) =>
          (ACTION_FROM[a] as readonly string[]).includes(campaign.status),
        );
        const canDelete = !campaign.started && (campaign.status === 'created' || campaign.status === 'paused');
        const action = pick([...allowed, ...(canDelete ? (['delete'] as const) : []), 'pause' as const]);
        writeFault({ method: action === 'delete' ? 'DELETE' : 'PUT', path: `/campaigns/${campaign.id}` });
        enqueue({
          kind: 'campaign-action',
          accountId: target.accountId,
          title: `${action} ${campaign.id}`,
          key: campaign.id,
          campaignId: campaign.id,
          action,
        });
      }
    }
    n++;
    await w.settle();
    questions(outage);
    for (const op of ops.slice(-3)) {
      const view = w.item(op.id);
      if (view.campaignId && view.state === 'done' && op.item.kind === 'campaign-create') {
        if (!launched.some((l) => l.id === view.campaignId)) launched.push({ accountId: op.item.accountId, id: view.campaignId });
      }
    }
  }

  w.setOnline(true);
  await w.settle();
  questions(false);
  // The user answers every question: launch or drop a late start; for a lost answer, they look on Exotel.
  for (let round = 0; round < 5; round++) {
    const waiting = ops.map((op) => w.item(op.id)).filter((v) => v.state === 'needs-confirmation');
    if (waiting.length === 0) break;
    for (const v of waiting) {
      if (v.choices.includes('launch-now')) await w.service.decide(v.id, rng() < 0.7 ? 'launch-now' : 'discard');
      else if (v.kind === 'campaign-action') await w.service.decide(v.id, 'discard');
      else await w.service.decide(v.id, w.sandbox.snapshot().campaigns.some((c) => c.settings.name === v.key) ? 'mark-done' : 'send-again');
    }
    await w.settle();
    questions(false);
  }

  const state = w.sandbox.snapshot();
  const campaignsByName = new Map<string, number>();
  for (const c of state.campaigns) campaignsByName.set(c.settings.name, (campaignsByName.get(c.settings.name) ?? 0) + 1);
  const listsByName = new Map<string, number>();
  for (const l of state.lists) listsByName.set(l.name, (listsByName.get(l.name) ?? 0) + 1);
  let lost = 0;
  let created = 0;
  let duplicates = 0;
  let wrongFailures = 0;
  const listKeys = new Set<string>();
  for (const op of ops) {
    const view = w.item(op.id);
    const creates = op.item.kind === 'campaign-create' || op.item.kind === 'test-call';
    const made = creates ? (campaignsByName.get(op.item.key) ?? 0) : op.item.kind === 'list-send' ? (listsByName.get(op.item.key) ?? 0) : 1;
    if (creates) {
      if (made > 0) created++;
      duplicates += Math.max(0, made - 1);
    } else if (op.item.kind === 'list-send') listKeys.add(op.item.key);
    if (view.state !== 'done' && view.state !== 'failed') lost++;
    else if (view.state === 'done' && made === 0) lost++;
    else if (view.state === 'failed' && creates && made > 0 && !/you chose/.test(view.message ?? '')) wrongFailures++;
  }
  for (const key of listKeys) duplicates += Math.max(0, (listsByName.get(key) ?? 0) - 1);
  const daysTwice = [...campaignsByName].filter(([name, count]) => DAY_NAME.test(name) && count > 1).length;
  faults -= w.sandbox.faults.pending();
  const stale = [...seenQuestions.values()].filter((q) => q === 'stale').length;
  w.close();
  return {
    line: { ops: o.ops, faults, created, duplicates, lost, needsConfirmation: seenQuestions.size, couldHaveSettled, planDays, daysTwice },
    ambiguous: ambiguousIds.size,
    staleLaunches: stale,
    wrongFailures,
    kills,
    offlineOps,
  };
}
