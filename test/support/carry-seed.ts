import { randomUUID } from 'node:crypto';
import type { AppServices } from '../../src/main/app-services';
import { callsSettled } from '../../src/main/services/campaigns/call-details-reader';
import { CampaignsRepo } from '../../src/main/store/campaigns-repo';
import { PlansRepo } from '../../src/main/store/plans-repo';
import type { RetryPolicyInput } from '../../src/shared/exotel';
import { dayName, type PlanDay } from '../../src/shared/plans/schemas';

const DAY_MS = 24 * 60 * 60_000;

export interface ShortPlan {
  planId: string;
  name: string;
  itemIds: string[];
  numbers: string[][];
}

/**
 * A plan of daily runs whose days are short (`minutes` long at 1 call a minute), so a day given more numbers than
 * minutes closes with numbers left. Day 1 starts a minute from now, in the Sandbox's time; days are a day apart.
 * With `listId`, each day sends its run of that list's rows, as a launch from a saved list does.
 */
export function seedShortPlan(
  s: AppServices,
  o: { name?: string; sizes: number[]; minutes: number; retries?: RetryPolicyInput; listId?: string; text?: string },
): ShortPlan {
  const accountId = s.accounts.activeId();
  const callerId = s.accounts.activeAccount()?.callerId;
  if (!accountId || !callerId) throw new Error('no active account with a caller ID');
  const name = o.name ?? 'Dues December';
  const start = s.sandbox.sandbox.clock.now() + 60_000;
  const planId = randomUUID();
  const numbers: string[][] = [];
  let first = 0;
  const itemIds = s.outbox.enqueueAll((enqueue) => {
    const days: PlanDay[] = o.sizes.map((count, i) => {
      const sendAt = new Date(start + i * DAY_MS).toISOString();
      const endAt = new Date(start + i * DAY_MS + o.minutes * 60_000).toISOString();
      const key = dayName(name, i + 1, o.sizes.length);
      const from = Array.from({ length: count }, (_, k) => `+9198765${String(first + k).padStart(5, '0')}`);
      const send = o.listId
        ? enqueue({
            kind: 'list-send',
            accountId,
            title: `Send day ${i + 1}`,
            key: `carry-seed ${planId.slice(0, 8)} day ${i + 1}`,
            listId: o.listId,
            listType: 'dynamic',
            skipEmptyFor: [],
            slice: { first, count },
          })
        : null;
      numbers.push(from);
      const item = enqueue({
        kind: 'campaign-create',
        accountId,
        title: `Launch “${key}”`,
        key,
        draftId: null,
        dependsOn: send?.id ?? null,
        payload: {
          input: {
            name: key,
            callerId,
            ...(o.listId ? { campaignType: 'dynamic' as const } : { from }),
            readViaText: o.text ?? 'Your December dues are waiting.',
            mode: 'custom',
            throttle: 1,
            ...(o.retries ? { retries: o.retries } : {}),
            schedule: { sendAt, endAt },
          },
          listFromItem: send?.id ?? null,
        },
      });
      const day: PlanDay = { day: i + 1, sendAt, endAt, numbers: count, firstNumber: first, itemId: item.id, key };
      first += count;
      return day;
    });
    new PlansRepo(s.db).insert({
      id: planId,
      accountId,
      name,
      zone: 'Asia/Kolkata',
      draftId: null,
      createdAt: new Date().toISOString(),
      days,
    });
    return days.map((d) => d.itemId);
  });
  return { planId, name, itemIds, numbers };
}

const MINUTE = 60_000;

/** Runs the Sandbox past a day's close, then reads that day's campaign and all its calls, as a refresh would. */
export async function closeDay(services: AppServices, plan: ShortPlan, day: number): Promise<string> {
  const accountId = services.accounts.activeId() ?? '';
  const campaignId = services.outbox.get(plan.itemIds[day - 1] ?? '')?.campaignId;
  if (!campaignId) throw new Error(`day ${day} has no campaign`);
  const endAt = Date.parse(services.plans.get(plan.planId).days[day - 1]?.endAt ?? '');
  const now = services.sandbox.sandbox.clock.now();
  // Ten minutes past the close, so the calls still on at the close have ended too.
  if (endAt + 10 * MINUTE > now) services.sandbox.sandbox.clock.advance(endAt + 10 * MINUTE - now);
  const repo = new CampaignsRepo(services.db);
  for (let pass = 0; pass < 4; pass++) {
    await services.campaigns.reread(accountId, campaignId);
    const { jobId } = services.campaigns.syncCalls(campaignId);
    await services.jobs.wait(jobId);
    const cached = repo.get(accountId, campaignId);
    if (cached && callsSettled(cached)) return campaignId;
  }
  throw new Error(`the calls of day ${day} never settled`);
}
