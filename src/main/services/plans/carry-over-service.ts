import { createPhoneNormaliser } from '../../../shared/phone/normalise-phone';
import type { ContactRow } from '../../../shared/contacts/schemas';
import { toRfc3339InZone } from '../../../shared/compose/zoned-time';
import { AppError } from '../../../shared/ipc/result';
import type { CarryNotice, CarryOverState } from '../../../shared/plans/carry-over';
import { dayLeftovers, type DayCall } from '../../../shared/plans/leftovers';
import type { PlanDay } from '../../../shared/plans/schemas';
import { formatCount } from '../../../shared/plural';
import type { AccountRecord } from '../../store/accounts-repo';
import type { CallDetailsRepo } from '../../store/call-details-repo';
import type { CachedCampaign } from '../../store/campaigns-repo';
import type { DraftRecord } from '../../store/drafts-repo';
import type { OutboxRecord } from '../../store/outbox-repo';
import type { CarryRecord, PlanCarryRepo } from '../../store/plan-carry-repo';
import type { PlanRecord, PlansRepo } from '../../store/plans-repo';
import { callsSettled } from '../campaigns/call-details-reader';
import type { OutboxPort } from '../outbox/types';
import { catchUpKey, dayLabel } from './carry-names';
import { catchUpTimes, howDayEnded, listDayRows, planHours, retriesOf, type CreateItem, type ListSendItem } from './carry-days';

export const CARRY_AUTO_KEY = 'plans.carryAuto';

export interface CarryOverDeps {
  plans: Pick<PlansRepo, 'list' | 'get'>;
  carry: PlanCarryRepo;
  /** The stored outbox items, for what each day's create was given. */
  items: { get(id: string): OutboxRecord | null; list(accountId: string): OutboxRecord[] };
  outbox: Pick<OutboxPort, 'enqueueAll'>;
  campaigns: { get(accountId: string, id: string): CachedCampaign | null };
  calls: Pick<CallDetailsRepo, 'iterate'>;
  accounts: { get(id: string): AccountRecord | null; activeId(): string | null };
  drafts: { get(id: string): DraftRecord | null };
  lists: { validRows(listId: string): Iterable<ContactRow> };
  /** Imports a list day's leftovers, with their variables, as a contact list of their own; its id. */
  importRows(account: AccountRecord, listName: string, rows: readonly ContactRow[]): Promise<string>;
  settings: { get<T>(key: string): T | null; set(key: string, value: unknown): void };
  onChanged(accountId: string): void;
  now?: () => Date;
}

interface DaySource {
  create: CreateItem;
  send: ListSendItem | null;
  campaignId: string | null;
}

/**
 * What a plan's days did not finish. After a day's run closed and its calls were read, its leftovers (numbers
 * with no call, or with retries still due) are recorded once; then, by itself or when the user says so, they go
 * into a catch-up run on the next calling day inside the hours: a new day of the plan, created through the
 * outbox in the same transaction that marks them carried, so a restart never carries them twice.
 */
export class CarryOverService {
  private chain: Promise<unknown> = Promise.resolve();
  private readonly problems = new Map<string, string>();

  constructor(private readonly deps: CarryOverDeps) {}

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }

  /** One carry-over at a time, so a scan and a click never carry the same day side by side. */
  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.chain.then(work, work);
    this.chain = next.catch(() => undefined);
    return next;
  }

  auto(accountId: string): boolean {
    return this.deps.settings.get<boolean>(`${CARRY_AUTO_KEY}.${accountId}`) ?? true;
  }

  private requireActive(): string {
    const id = this.deps.accounts.activeId();
    if (!id) throw new AppError('not-found', 'There is no active account. Add an Exotel account or choose the Sandbox.');
    return id;
  }

  state(): CarryOverState {
    const accountId = this.deps.accounts.activeId();
    if (!accountId) return { auto: true, notices: [] };
    const notices = this.deps.carry.withLeftovers(accountId).flatMap((r) => {
      const plan = this.deps.plans.get(r.planId);
      return plan ? [this.notice(plan, r)] : [];
    });
    return { auto: this.auto(accountId), notices };
  }

  async setAuto(accountId: string, auto: boolean): Promise<{ accountId: string; auto: boolean }> {
    if (!this.deps.accounts.get(accountId)) throw new AppError('not-found', 'That account was removed.');
    this.deps.settings.set(`${CARRY_AUTO_KEY}.${accountId}`, auto);
    if (auto) await this.scan(accountId);
    return { accountId, auto: this.auto(accountId) };
  }

  /** Records the leftovers of days that closed since the last look, then carries them when the account says so. */
  scan(accountId = this.deps.accounts.activeId()): Promise<void> {
    if (!accountId) return Promise.resolve();
    return this.serial(async () => {
      let changed = false;
      for (const plan of this.deps.plans.list(accountId)) {
        const seen = this.deps.carry.recordedDays(plan.id);
        for (const day of plan.days) {
          if (seen.has(day.day)) continue;
          const found = this.closedDay(plan, day);
          if (!found) continue;
          this.deps.carry.record(plan.id, day.day, found.leftovers, found.since);
          changed = true;
        }
      }
      if (this.auto(accountId)) {
        for (const r of this.deps.carry.withLeftovers(accountId)) {
          if (r.state !== 'waiting') continue;
          const key = `${r.planId}:${r.fromDay}`;
          try {
            await this.carryNow(r.planId, r.fromDay);
            this.problems.delete(key);
          } catch (error) {
            this.problems.set(key, error instanceof Error ? error.message : String(error));
          }
          changed = true;
        }
      }
      if (changed) this.deps.onChanged(accountId);
    });
  }

  carry(planId: string, fromDay: number): Promise<CarryNotice> {
    return this.serial(async () => {
      const plan = this.planOfActive(planId);
      try {
        await this.carryNow(planId, fromDay);
        this.problems.delete(`${planId}:${fromDay}`);
      } catch (error) {
        this.problems.set(`${planId}:${fromDay}`, error instanceof Error ? error.message : String(error));
        throw error;
      } finally {
        this.deps.onChanged(plan.accountId);
      }
      return this.noticeOf(plan, fromDay);
    });
  }

  leave(planId: string, fromDay: number): Promise<CarryNotice> {
    return this.serial(() => {
      const plan = this.planOfActive(planId);
      this.deps.carry.decide(planId, fromDay, 'left', null, this.now().toISOString());
      this.deps.onChanged(plan.accountId);
      return Promise.resolve(this.noticeOf(plan, fromDay));
    });
  }

  private planOfActive(planId: string): PlanRecord {
    const plan = this.deps.plans.get(planId);
    if (!plan || plan.accountId !== this.requireActive()) throw new AppError('not-found', 'That plan is not in this account’s campaigns.');
    return plan;
  }

  private noticeOf(plan: PlanRecord, fromDay: number): CarryNotice {
    const record = this.deps.carry.get(plan.id, fromDay);
    if (!record || record.state === 'none')
      throw new AppError('not-found', `Day ${fromDay} of “${plan.name}” left no numbers to carry over.`);
    return this.notice(plan, record);
  }

  private source(day: PlanDay): DaySource | null {
    const record = this.deps.items.get(day.itemId);
    if (!record || record.item.kind !== 'campaign-create') return null;
    const create = record.item;
    const sendId = create.payload.listFromItem;
    const sendItem = sendId ? this.deps.items.get(sendId)?.item : null;
    return { create, send: sendItem?.kind === 'list-send' ? sendItem : null, campaignId: record.campaignId };
  }

  private completedHere(accountId: string, campaignId: string): boolean {
    return this.deps.items
      .list(accountId)
      .some((r) => r.item.kind === 'campaign-action' && r.item.campaignId === campaignId && r.item.action === 'complete');
  }

  /** The numbers a day was given, in order, with each list row when the day called a list. */
  private given(src: DaySource): { numbers: string[]; rows: Map<string, ContactRow> | null } {
    if (!src.send) return { numbers: src.create.payload.input.from ?? [], rows: null };
    const rows = new Map<string, ContactRow>();
    for (const row of listDayRows(this.deps.lists.validRows(src.send.listId), src.send)) if (row.number) rows.set(row.number, row);
    return { numbers: [...rows.keys()], rows };
  }

  /** A day's leftovers once its run closed and its calls were all read; null while it is still to be looked at. */
  private closedDay(plan: PlanRecord, day: PlanDay): { leftovers: string[]; since: string } | null {
    const src = this.source(day);
    if (!src?.campaignId) return null;
    const cached = this.deps.campaigns.get(plan.accountId, src.campaignId);
    if (!cached) return null;
    if (howDayEnded(cached.campaign, false) === 'running' || !callsSettled(cached)) return null;
    // Read only once the day is over: the outbox's items are many, and a refresh comes every minute.
    const ended = howDayEnded(cached.campaign, this.completedHere(plan.accountId, src.campaignId));
    const since = day.endAt ?? cached.campaign.schedule?.endAt ?? this.now().toISOString();
    if (ended === 'ended-early') return { leftovers: [], since };
    const account = this.deps.accounts.get(plan.accountId);
    const normalise = createPhoneNormaliser(account?.defaultCountry ?? 'IN');
    const calls: DayCall[] = [];
    for (const c of this.deps.calls.iterate(plan.accountId, src.campaignId, false)) calls.push({ number: c.number, status: c.status });
    let numbers: string[];
    try {
      numbers = this.given(src).numbers;
    } catch {
      // The day's list was removed from this computer: only the numbers that were called are known.
      numbers = [...new Set(calls.map((c) => c.number))];
    }
    const leftovers = dayLeftovers(numbers, calls, { retries: retriesOf(src.create), isInvalid: (n) => !normalise(n).ok });
    return { leftovers, since };
  }

  /** The carry itself; does nothing when the day is not waiting any more. */
  private async carryNow(planId: string, fromDay: number): Promise<void> {
    const plan = this.deps.plans.get(planId);
    const record = this.deps.carry.get(planId, fromDay);
    if (!plan || !record || record.state !== 'waiting') return;
    const day = plan.days.find((d) => d.day === fromDay);
    const src = day ? this.source(day) : null;
    const account = this.deps.accounts.get(plan.accountId);
    if (!day || !src || !account)
      throw new AppError('not-found', `Day ${fromDay} of “${plan.name}” is no longer in the outbox to carry over.`);

    const draft = plan.draftId ? this.deps.drafts.get(plan.draftId) : null;
    const hours = planHours(account, draft, plan.zone);
    const length = day.endAt ? Date.parse(day.endAt) - Date.parse(day.sendAt) : 12 * 3_600_000;
    const times = catchUpTimes(hours, new Date(record.since), this.now(), length);
    const intoDay = Math.max(...plan.days.map((d) => d.day)) + 1;
    const key = catchUpKey(plan, this.deps.carry.carriedDays(plan.id), fromDay);

    let send: ListSendItem | null = null;
    if (src.send) {
      const rows = this.given(src).rows ?? new Map<string, ContactRow>();
      const kept = record.numbers.flatMap((n) => rows.get(n) ?? []);
      if (kept.length === 0)
        throw new AppError('not-found', `The list day ${fromDay} of “${plan.name}” called is no longer on this computer.`);
      const listId = await this.deps.importRows(account, `Carried over: ${key}`, kept);
      send = {
        ...src.send,
        title: `Send the numbers carried over to Exotel for “${key}”`,
        key: `${src.send.key} carried into day ${intoDay}`,
        listId,
        skipEmptyFor: [],
        slice: null,
      };
    }
    const zone = hours.zone;
    const input = {
      ...src.create.payload.input,
      name: key,
      schedule: { sendAt: toRfc3339InZone(times.sendAt, zone), endAt: toRfc3339InZone(times.endAt, zone) },
      ...(send ? {} : { from: record.numbers }),
    };
    this.deps.outbox.enqueueAll((enqueue) => {
      // Marked inside the transaction that queues the run: both are stored, or neither.
      if (!this.deps.carry.decide(planId, fromDay, 'carried', intoDay, this.now().toISOString())) return;
      const dependsOn = send ? enqueue(send).id : null;
      const created = enqueue({
        kind: 'campaign-create',
        accountId: plan.accountId,
        title: `Launch “${key}” (${formatCount(record.numbers.length)} numbers carried over)`,
        key,
        draftId: src.create.draftId,
        dependsOn,
        payload: { input, listFromItem: dependsOn },
      });
      this.deps.carry.insertDay(
        planId,
        {
          day: intoDay,
          sendAt: times.sendAt.toISOString(),
          endAt: times.endAt.toISOString(),
          numbers: record.numbers.length,
          firstNumber: 0,
          itemId: created.id,
          key,
        },
        fromDay,
      );
    });
  }

  private notice(plan: PlanRecord, r: CarryRecord): CarryNotice {
    const into = r.intoDay === null ? null : (plan.days.find((d) => d.day === r.intoDay) ?? null);
    return {
      planId: plan.id,
      planName: plan.name,
      fromDay: r.fromDay,
      fromLabel: dayLabel(plan, r.fromDay),
      numbers: r.numbers.length,
      since: r.since,
      zone: plan.zone,
      state: r.state === 'none' ? 'left' : r.state,
      intoDay: r.intoDay,
      intoName: into ? dayLabel(plan, into.day) : null,
      intoSendAt: into?.sendAt ?? null,
      problem: r.state === 'waiting' ? (this.problems.get(`${plan.id}:${r.fromDay}`) ?? null) : null,
    };
  }
}
