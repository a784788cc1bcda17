import { accountHours, CallingHours, nextOpenSpell, type HoursInZone } from '../../../shared/compose/calling-hours';
import type { Campaign, RetryOnStatus } from '../../../shared/exotel';
import type { ContactRow } from '../../../shared/contacts/schemas';
import type { NewOutboxItem } from '../../../shared/outbox/queued-item';
import { accountSettings, type AccountRecord } from '../../store/accounts-repo';
import type { DraftRecord } from '../../store/drafts-repo';

/**
 * What the carry-over reads of a plan's day: which numbers it was given, when it counts as closed, and when
 * its catch-up run may go. Kept apart from the service so each rule reads on its own.
 */

export type CreateItem = Extract<NewOutboxItem, { kind: 'campaign-create' }>;
export type ListSendItem = Extract<NewOutboxItem, { kind: 'list-send' }>;

/** Exotel retries busy and unanswered calls when a campaign does not say on which statuses. */
const DEFAULT_RETRIED: RetryOnStatus[] = ['busy', 'no-answer'];

export function retriesOf(create: CreateItem): { count: number; onStatus: RetryOnStatus[] } {
  const r = create.payload.input.retries;
  return { count: r?.numberOfRetries ?? 0, onStatus: r?.onStatus ?? DEFAULT_RETRIED };
}

/** A list day's rows: the list's valid rows, less those left out for an empty value, then the day's run of them. */
export function* listDayRows(rows: Iterable<ContactRow>, send: ListSendItem): Generator<ContactRow> {
  const skip = send.skipEmptyFor;
  const slice = send.slice ?? null;
  let at = 0;
  for (const row of rows) {
    if (skip.some((n) => (row.variables[n] ?? '').trim() === '')) continue;
    if (slice && at >= slice.first + slice.count) return;
    if (!slice || at >= slice.first) yield row;
    at++;
  }
}

/**
 * A day counts as closed when Exotel stopped it (completed at its end, or canceled while paused past it);
 * 'ended-early' when this app completed it (the user's Complete), whose numbers were meant to stay uncalled.
 * Exotel's answers do not say why a campaign completed, so the app's own record of the action decides.
 */
export function howDayEnded(campaign: Campaign, completedHere: boolean): 'closed' | 'ended-early' | 'running' {
  if (campaign.status === 'canceled') return 'closed';
  if (campaign.status !== 'completed' && campaign.status !== 'archived') return 'running';
  return completedHere ? 'ended-early' : 'closed';
}

/** The hours a plan's days keep: its draft's own when it narrowed them, else the account's. */
export function planHours(account: AccountRecord, draft: DraftRecord | null, zone: string): HoursInZone {
  const base = accountHours(account.defaultCountry, accountSettings(account).callingHours, zone, account.kind !== 'sandbox');
  const own = draft?.hours ? CallingHours.safeParse(draft.hours) : null;
  return own?.success ? { hours: own.data, zone: base.zone } : base;
}

// The catch-up's create must reach Exotel before its start; two minutes covers a slow answer and the pacing.
const LEAD_MS = 2 * 60_000;

/**
 * The catch-up run's times: the next calling day's hours from the day's close (or from now, if later), ending at
 * that day's close. With no hours limit, it runs as long as the day it carries did.
 */
export function catchUpTimes(hours: HoursInZone, since: Date, now: Date, dayLengthMs: number): { sendAt: Date; endAt: Date } {
  const from = new Date(Math.max(since.getTime(), now.getTime() + LEAD_MS));
  const spell = nextOpenSpell(hours, from);
  if (!spell || !hours.hours) return { sendAt: from, endAt: new Date(from.getTime() + Math.max(LEAD_MS, dayLengthMs)) };
  return { sendAt: spell.opensAt, endAt: spell.closesAt };
}
