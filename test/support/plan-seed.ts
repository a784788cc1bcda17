import { randomUUID } from 'node:crypto';
import type { AppServices } from '../../src/main/app-services';
import { PlansRepo } from '../../src/main/store/plans-repo';
import { dayName, type PlanDay } from '../../src/shared/plans/schemas';

const DAY_MS = 24 * 60 * 60_000;

export interface SeededPlan {
  planId: string;
  name: string;
  itemIds: string[];
}

function numbersFrom(first: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `+9198765${String(first + i).padStart(5, '0')}`);
}

/**
 * A plan of daily runs as a launch stores it: each day's create queued in the outbox with the plan in the same
 * transaction. Day 1 starts now (slowly, so it is still calling when a test acts); the others on the next days.
 */
export function seedPlan(s: AppServices, o: { name?: string; numbers?: number[]; start?: Date } = {}): SeededPlan {
  const accountId = s.accounts.activeId();
  const account = s.accounts.activeAccount();
  if (!accountId || !account?.callerId) throw new Error('no active account with a caller ID');
  const callerId = account.callerId;
  const name = o.name ?? 'Dues December';
  const sizes = o.numbers ?? [40, 40, 12];
  const start = o.start ?? new Date();
  const planId = randomUUID();
  let first = 0;
  const itemIds = s.outbox.enqueueAll((enqueue) => {
    const days: PlanDay[] = sizes.map((numbers, i) => {
      const sendAt = new Date(start.getTime() + i * DAY_MS).toISOString();
      const endAt = new Date(start.getTime() + i * DAY_MS + 12 * 60 * 60_000).toISOString();
      const key = dayName(name, i + 1, sizes.length);
      const item = enqueue({
        kind: 'campaign-create',
        accountId,
        title: `Launch “${key}”`,
        key,
        draftId: null,
        dependsOn: null,
        payload: {
          input: {
            name: key,
            callerId,
            from: numbersFrom(first, numbers),
            readViaText: 'Your December dues are waiting.',
            mode: 'custom',
            throttle: 1,
            schedule: { sendAt, endAt },
          },
          listFromItem: null,
        },
      });
      const day: PlanDay = { day: i + 1, sendAt, endAt, numbers, firstNumber: first, itemId: item.id, key };
      first += numbers;
      return day;
    });
    new PlansRepo(s.db).insert({ id: planId, accountId, name, zone: 'Asia/Kolkata', draftId: null, createdAt: start.toISOString(), days });
    return days.map((d) => d.itemId);
  });
  return { planId, name, itemIds };
}

/** Waits for the outbox to send everything queued, then reads each campaign it made into the cache. */
export async function settlePlan(s: AppServices, itemIds: readonly string[]): Promise<void> {
  await s.outbox.idle();
  const accountId = s.accounts.activeId() ?? '';
  for (const id of itemIds) {
    const campaignId = s.outbox.get(id)?.campaignId;
    if (campaignId) await s.campaigns.reread(accountId, campaignId);
  }
}
