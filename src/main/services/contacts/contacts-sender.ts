import { countOf } from '../../../shared/plural';
import type { ContactInput } from '../../../shared/exotel';
import type { ContactListView, ContactRow, ExotelListLink } from '../../../shared/contacts/schemas';
import { MAX_DYNAMIC_VARIABLES } from '../../../shared/contacts/schemas';
import { AppError } from '../../../shared/ipc/result';
import { BareCancel } from '../../../shared/jobs/cancelled';
import type { ExotelClient } from '../../exotel';
import type { AccountRecord } from '../../store/accounts-repo';
import type { ContactsRepo } from '../../store/contacts-repo';
import type { RowSlice } from '../../../shared/outbox/queued-item';
import type { JobContext } from '../app/job-runner';
import { BATCH, batches, listFile, nextPoll, pollSleep, takenText, type Pace, type Sleep } from './upload-pacing';

const STATIC_MAX = 100_000;
const DYNAMIC_MAX = 500_000;

export interface SendOutcome {
  link: ExotelListLink;
  reused: boolean;
  /** The local list's name, for messages that name the Exotel list by it. */
  listName: string;
}

export interface SendOptions {
  /** The Exotel list's name, fixed when the send was queued; by default the one derived from the list's id. */
  name?: string;
  /** Rows whose value of any of these variables is empty are left out; such a list is not the list's usual Exotel list. */
  skipEmptyFor?: string[];
  /** Only these of the rows left (one day of a plan); such a list is not the list's usual Exotel list either. */
  slice?: RowSlice | null;
}

interface SendPlan {
  list: ContactListView;
  /** The Exotel list's name: the reconciliation key, never derived from anything a user can edit. */
  name: string;
  existing: ContactListView['exotel'][number] | undefined;
  client: ExotelClient;
  ctx: JobContext;
  account: AccountRecord;
  rows(): Iterable<ContactRow>;
  /** Remembers the Exotel list as the local list's own (not for a list with rows left out). */
  record(link: ExotelListLink): void;
}

/**
 * The Exotel list's name, so a lost answer can be found again by name. It comes from the list's id and what is
 * sent, never from its editable name: one static and one dynamic Exotel list per local list, each reused.
 */
export function exotelListName(listId: string, type: 'static' | 'dynamic', skipEmptyFor: readonly string[] = []): string {
  const base = `Campaign Desk ${type} ${listId}`;
  if (skipEmptyFor.length === 0) return base;
  // A list with rows left out is another list; the variables it was filtered by tell it apart.
  const names = [...skipEmptyFor].sort().join(',');
  let hash = 0;
  for (let i = 0; i < names.length; i++) hash = (Math.imul(hash, 31) + names.charCodeAt(i)) >>> 0;
  return `${base} without empty ${hash.toString(16).padStart(8, '0')}`;
}

function* take(rows: Iterable<ContactRow>, slice: RowSlice): Generator<ContactRow> {
  let at = 0;
  for (const row of rows) {
    if (at >= slice.first + slice.count) return;
    if (at++ >= slice.first) yield row;
  }
}

function* keepFilled(rows: Iterable<ContactRow>, names: readonly string[]): Generator<ContactRow> {
  for (const row of rows) if (names.every((n) => (row.variables[n] ?? '').trim() !== '')) yield row;
}

function contactFor(row: ContactRow): ContactInput {
  const v = row.variables;
  const pick = (...names: string[]) =>
    names
      .map((n) => v[n])
      .find((x) => x && x.trim())
      ?.trim();
  const input: ContactInput = { number: row.number ?? '' };
  const first = pick('first_name', 'FirstName', 'name', 'Name');
  const last = pick('last_name', 'LastName');
  const company = pick('company_name', 'company', 'Company');
  const email = pick('email', 'Email');
  if (first) input.firstName = first;
  if (last) input.lastName = last;
  if (company) input.companyName = company;
  if (email) input.email = email;
  return input;
}

/** How a message names the Exotel list a local list was sent as: by the local list's name, never by Exotel's id. */
export function exotelListLabel(type: 'static' | 'dynamic', listName: string): string {
  return `the ${type} Exotel list of “${listName}”`;
}

/** What a cancelled send leaves on Exotel's side: a cancel here cannot take back what Exotel accepted. */
export function cancelNote(type: 'static' | 'dynamic', sent: ExotelListLink | null, total: number, listName: string): string {
  const label = exotelListLabel(type, listName);
  if (type === 'static') {
    if (!sent || !sent.sid)
      return 'Sending cancelled before Exotel made the static list; nothing was added on Exotel. Sending again as static starts it afresh.';
    if (sent.accepted === 0) {
      return `Sending cancelled before any number went into ${label}. That list stays on Exotel, empty; sending again as static fills that same list.`;
    }
    return (
      `Sending cancelled. Exotel had already accepted ${sent.accepted.toLocaleString('en-IN')} of ${countOf(total, 'number')} into ${label}; ` +
      'they stay there. Sending again as static adds the rest to that same list.'
    );
  }
  if (!sent || !sent.sid)
    return 'Sending cancelled before the file reached Exotel; nothing was added on Exotel. Sending again as dynamic uploads it afresh.';
  return (
    `Sending cancelled, but Exotel already had the file: it goes on adding the numbers to ${label} ` +
    `(${sent.accepted.toLocaleString('en-IN')} of ${countOf(total, 'number')} accepted when you cancelled), and that list stays on Exotel. ` +
    'Sending again as dynamic reuses it; nothing is uploaded twice.'
  );
}

/** "Made the static Exotel list of “Dues”: 12 accepted, 0 duplicates, 0 failed": the Activity and outbox line of a send. */
export function sentSummary(type: 'static' | 'dynamic', listName: string, link: ExotelListLink, reused: boolean): string {
  const n = (x: number) => x.toLocaleString('en-IN');
  const label = exotelListLabel(type, listName);
  // Sent again, a static list is topped up: its "duplicates" are the numbers it already had.
  if (reused && type === 'static')
    return `Reused ${label}: ${n(link.accepted)} added, ${n(link.duplicates)} already in it, ${n(link.failed)} failed`;
  return `${reused ? 'Reused' : 'Made'} ${label}: ${n(link.accepted)} accepted, ${countOf(link.duplicates, 'duplicate')}, ${n(link.failed)} failed`;
}

/** Sends a saved contact list to Exotel: contacts in batches (static) or one CSV upload (dynamic). */
export class ContactsSender {
  constructor(private readonly deps: { lists: ContactsRepo; sleep?: Sleep; now?: () => Date }) {}

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }

  async send(
    listId: string,
    type: 'static' | 'dynamic',
    account: AccountRecord,
    client: ExotelClient,
    ctx: JobContext,
    o: SendOptions = {},
  ): Promise<SendOutcome> {
    const list = this.deps.lists.get(listId);
    if (!list) throw new AppError('not-found', 'That contact list no longer exists.');
    const slice = o.slice ?? null;
    const valid = slice ? Math.min(slice.count, Math.max(0, list.counts.valid - slice.first)) : list.counts.valid;
    if (valid === 0) throw new AppError('validation', `“${list.name}” has no valid numbers to send.`);
    if (type === 'static' && valid > STATIC_MAX) {
      throw new AppError(
        'validation',
        `A static Exotel list holds at most ${STATIC_MAX.toLocaleString('en-IN')} contacts; this list has ${valid.toLocaleString('en-IN')}. Send it as dynamic, or split the sheet.`,
      );
    }
    if (type === 'dynamic' && valid > DYNAMIC_MAX) {
      throw new AppError(
        'validation',
        `A dynamic Exotel list holds at most ${DYNAMIC_MAX.toLocaleString('en-IN')} rows; this list has ${valid.toLocaleString('en-IN')}. Split the sheet.`,
      );
    }
    if (type === 'dynamic' && list.variables.length > MAX_DYNAMIC_VARIABLES) {
      throw new AppError(
        'validation',
        `A dynamic list takes at most ${MAX_DYNAMIC_VARIABLES} variable columns; this list has ${list.variables.length}. Import the sheet again and choose ${MAX_DYNAMIC_VARIABLES}.`,
      );
    }
    const skip = o.skipEmptyFor ?? [];
    const own = skip.length === 0 && !slice;
    const name = o.name ?? exotelListName(list.id, type, skip);
    const existing = own ? list.exotel.find((l) => l.accountId === account.id && l.type === type) : undefined;
    const plan: SendPlan = {
      list,
      name,
      existing,
      client,
      ctx,
      account,
      rows: () => {
        const kept = skip.length === 0 ? this.deps.lists.validRows(list.id) : keepFilled(this.deps.lists.validRows(list.id), skip);
        return slice ? take(kept, slice) : kept;
      },
      record: (link) => {
        sentSoFar = { ...link };
        if (own) this.deps.lists.setExotelLink(list.id, account.id, link);
      },
    };
    let sentSoFar: ExotelListLink | null = null;
    try {
      return await (type === 'static' ? this.sendStatic(plan) : this.sendDynamic(plan));
    } catch (error) {
      if (ctx.signal.aborted) throw new AppError('cancelled', cancelNote(type, sentSoFar, valid, list.name));
      throw error;
    }
  }

  /** An Exotel list we made before, if it still exists: by the stored sid, else by its derived name. */
  private async findList(client: ExotelClient, name: string, sid: string | undefined, signal: AbortSignal): Promise<string | null> {
    if (sid) {
      try {
        return (await client.lists.get(sid, { signal })).sid;
      } catch {
        // deleted on Exotel's side, or unreadable: fall back to the name
      }
    }
    const page = await client.lists.list({ name, limit: 50 }, { signal });
    return page.items.find((l) => l.name === name)?.sid ?? null;
  }

  private async sendStatic({ list, name, existing, client, ctx, rows, record }: SendPlan): Promise<SendOutcome> {
    const { signal } = ctx;
    const total = list.counts.valid;
    ctx.progress('Finding or creating the Exotel list', 0, total);
    let sid = await this.findList(client, name, existing?.sid, signal);
    const reused = sid !== null;
    if (!sid) {
      const [created] = await client.lists.create([{ name, tag: 'campaign-desk' }], { signal });
      if (!created) throw new AppError('exotel', 'Exotel did not answer the list creation.');
      if (!created.ok) {
        if (created.existingSid) sid = created.existingSid;
        else throw new AppError('exotel', `Exotel refused to create the list: ${created.error.message}`);
      } else sid = created.data.sid;
    }
    // Stored before the contacts go, so a retry after a crash reuses this list instead of making another.
    const link: ExotelListLink = { sid, type: 'static', sentAt: this.now().toISOString(), accepted: 0, duplicates: 0, failed: 0 };
    record(link);

    let done = 0;
    const reasons = new Map<string, number>();
    for (const batch of batches(rows(), BATCH)) {
      if (signal.aborted) throw new BareCancel();
      ctx.progress('Creating contacts', done, total, takenText(done, total));
      const results = await client.contacts.create(batch.map(contactFor), { signal });
      const sids: string[] = [];
      for (const r of results) {
        if (r.ok) sids.push(r.data.sid);
        else if (r.existingSid) sids.push(r.existingSid);
        else {
          link.failed++;
          reasons.set(r.error.message, (reasons.get(r.error.message) ?? 0) + 1);
        }
      }
      if (sids.length) {
        ctx.progress('Adding contacts to the list', done, total);
        const added = await client.lists.addContacts(sid, sids, { signal });
        for (const a of added) {
          if (a.ok) link.accepted++;
          else if (a.code === 409) link.duplicates++;
          else {
            link.failed++;
            reasons.set(a.error.message, (reasons.get(a.error.message) ?? 0) + 1);
          }
        }
      }
      done += batch.length;
      record({ ...link, sentAt: this.now().toISOString() });
    }
    ctx.progress('Done', total, total);
    return { link: { ...link }, reused, listName: list.name };
  }

  private async sendDynamic({ list, name, existing, client, ctx, rows, record }: SendPlan): Promise<SendOutcome> {
    const { signal } = ctx;
    const total = list.counts.valid;
    ctx.progress('Checking Exotel for an earlier upload', 0, total);
    // A CSV upload always makes a new list, so an earlier one is reused rather than uploaded again.
    const found = await this.findList(client, name, existing?.sid, signal);
    if (found) {
      const link: ExotelListLink = existing
        ? { ...existing, sid: found }
        : { sid: found, type: 'dynamic', sentAt: this.now().toISOString(), accepted: 0, duplicates: 0, failed: 0 };
      record(link);
      return { link, reused: true, listName: list.name };
    }

    ctx.progress('Preparing the file', 0, total);
    const names = list.variables.map((v) => v.name);
    ctx.progress('Uploading the file', 0, total);
    // The file's text is let go once Exotel has it: a 100,000-row file need not stay in memory while Exotel works.
    const accepted = await client.uploads.csv(
      { listName: name, fileName: `${list.id.slice(0, 8)}.csv`, content: listFile(rows(), names), type: 'dynamic' },
      { signal },
    );
    const link: ExotelListLink = {
      sid: accepted.listSid ?? '',
      type: 'dynamic',
      sentAt: this.now().toISOString(),
      accepted: 0,
      duplicates: 0,
      failed: 0,
    };
    if (link.sid) record(link);

    const sleep = this.deps.sleep ?? pollSleep;
    const pace: Pace = { at: null, taken: 0 };
    for (;;) {
      const status = await client.uploads.status(accepted.uploadId, { signal });
      const stats = status.stats;
      const taken = stats ? stats.success + stats.failed + stats.duplicate : 0;
      ctx.progress('Exotel is processing the file', taken, stats?.total || total, takenText(taken, stats?.total || total));
      if (stats) {
        // Kept as it goes: a cancel while Exotel works must still show what it accepted.
        Object.assign(link, { accepted: stats.success, duplicates: stats.duplicate, failed: stats.failed });
        if (link.sid) record(link);
      }
      if (status.status === 'completed' || status.status === 'failed') {
        if (status.listSid) link.sid = status.listSid;
        link.accepted = stats?.success ?? 0;
        link.duplicates = stats?.duplicate ?? 0;
        link.failed = stats?.failed ?? 0;
        if (status.status === 'failed' && link.accepted === 0) {
          throw new AppError('exotel', `Exotel could not process the file${status.message ? `: ${status.message}` : '.'}`);
        }
        break;
      }
      await sleep(nextPoll(pace, taken, stats?.total || total, this.now().getTime()), signal);
    }
    link.sentAt = this.now().toISOString();
    if (link.sid) record(link);
    return { link, reused: false, listName: list.name };
  }
}
