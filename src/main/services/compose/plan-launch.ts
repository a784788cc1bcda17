import { randomUUID } from 'node:crypto';
import { buildCreateInput, type ResolvedAudience } from '../../../shared/compose/build-input';
import type { DraftFields } from '../../../shared/compose/draft';
import type { LaunchSummary } from '../../../shared/compose/views';
import { instantToZoned } from '../../../shared/compose/zoned-time';
import type { OutboxItemView } from '../../../shared/outbox/schemas';
import { dayName } from '../../../shared/plans/schemas';
import { formatCount } from '../../../shared/plural';
import type { PlanDay } from '../../../shared/plans/schemas';
import type { AccountRecord } from '../../store/accounts-repo';
import type { PlansRepo } from '../../store/plans-repo';
import type { NewOutboxItem, OutboxPort } from '../outbox/types';

type ListSend = Extract<NewOutboxItem, { kind: 'list-send' }>;
export type SummaryPlan = NonNullable<LaunchSummary['plan']>;

export interface PlanLaunch {
  draft: DraftFields & { id: string };
  account: AccountRecord;
  /** The campaign's name; each day is named from it. */
  name: string;
  resolved: ResolvedAudience;
  /** The whole audience's list send, when it goes as a list: each day sends its own run of it. */
  listSend: ListSend | null;
  plan: SummaryPlan;
  now: Date;
}

/** The day's share of the audience: its run of the typed numbers, or its run of the list's rows. */
function dayAudience(
  l: PlanLaunch,
  day: SummaryPlan['days'][number],
  planId: string,
  days: number,
): { resolved: ResolvedAudience; listSend: ListSend | null } {
  if (l.resolved.from) {
    return { resolved: { ...l.resolved, from: l.resolved.from.slice(day.firstNumber, day.firstNumber + day.numbers) }, listSend: null };
  }
  if (!l.listSend) return { resolved: l.resolved, listSend: null };
  const send = l.listSend;
  return {
    resolved: l.resolved,
    listSend: {
      ...send,
      title: `Send day ${day.day} of ${days} of the list to Exotel for “${l.name}”`,
      // Each day's list is its own on Exotel, found again by this name after a lost answer.
      key: `${send.key} plan ${planId.slice(0, 8)} day ${day.day}`,
      slice: { first: day.firstNumber, count: day.numbers },
    },
  };
}

/**
 * Queues a plan of daily runs: for each day, its list send (when the audience goes as a list) and its create,
 * with the day's start, its close as the end and its share of the numbers, all in one transaction with the
 * plan's record, so a crash leaves the whole plan queued or none of it. Each day is named, and so found again
 * on Exotel, by `dayName`. Returns the first day's create, which the draft is marked launched by.
 */
export function enqueuePlan(outbox: OutboxPort, plans: PlansRepo, l: PlanLaunch): OutboxItemView {
  const planId = randomUUID();
  const zone = l.draft.schedule.timeZone;
  const count = l.plan.days.length;
  return outbox.enqueueAll((enqueue) => {
    const days: PlanDay[] = [];
    let first: OutboxItemView | null = null;
    for (const day of l.plan.days) {
      const key = dayName(l.name, day.day, count);
      const sendAt = instantToZoned(new Date(day.sendAt), zone);
      const endAt = day.endAt ? instantToZoned(new Date(day.endAt), zone) : '';
      const fields: DraftFields = { ...l.draft, schedule: { kind: 'later', sendAt, endAt, timeZone: zone } };
      const { resolved, listSend } = dayAudience(l, day, planId, count);
      const dependsOn = listSend ? enqueue(listSend).id : null;
      const create = enqueue({
        kind: 'campaign-create',
        accountId: l.account.id,
        title: `Launch “${key}” (${formatCount(day.numbers)} numbers)`,
        key,
        draftId: l.draft.id,
        dependsOn,
        payload: { input: buildCreateInput(fields, resolved, key), listFromItem: dependsOn },
      });
      first ??= create;
      days.push({
        day: day.day,
        sendAt: day.sendAt,
        endAt: day.endAt,
        numbers: day.numbers,
        firstNumber: day.firstNumber,
        itemId: create.id,
        key,
      });
    }
    plans.insert({
      id: planId,
      accountId: l.account.id,
      name: l.name,
      zone: l.plan.zone,
      draftId: l.draft.id,
      createdAt: l.now.toISOString(),
      days,
    });
    if (!first) throw new Error('A plan has at least one day');
    return first;
  });
}
