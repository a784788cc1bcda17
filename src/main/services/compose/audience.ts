import type { DraftFields } from '../../../shared/compose/draft';
import type { AudienceView, ContactSample, SamplePick } from '../../../shared/compose/views';
import { EXOTEL_LIMITS, type ContactList } from '../../../shared/exotel';
import type { ContactListView, ContactRow } from '../../../shared/contacts/schemas';
import { AppError } from '../../../shared/ipc/result';
import { findReferences } from '../../../shared/template';
import type { ExotelClient } from '../../exotel';
import type { AccountRecord } from '../../store/accounts-repo';
import type { ContactsRepo } from '../../store/contacts-repo';
import { emptyByVariable, EmptyScanCache, isSkipped, keptCount } from './empty-scan';
import { MAX_TYPED_NUMBERS, readTypedNumbers, type TypedNumbers } from './typed-numbers';
import { countOf, formatCount } from '../../../shared/plural';

/** What Exotel said about a list stays good this long; lists change rarely while a campaign is written. */
const REMOTE_TTL_MS = 5 * 60_000;

export interface AudienceDeps {
  lists: ContactsRepo;
  clientFor: (account: AccountRecord) => Promise<ExotelClient>;
  /** Whether Exotel can be asked now (always for the Sandbox). */
  reachable: (account: AccountRecord) => boolean;
  now?: () => number;
}

/** The variables a message uses among those the audience has. */
export function referencedVariables(d: DraftFields, variables: readonly string[]): string[] {
  return d.content.kind === 'text' ? findReferences(d.content.text, variables).used : [];
}

/** Who a draft calls, worked out from the saved list, the Exotel lists or the typed numbers. */
export class AudienceReader {
  private readonly scans = new EmptyScanCache();
  private readonly typed = new Map<string, TypedNumbers>();
  private readonly remote = new Map<string, { at: number; list: ContactList | null }>();

  constructor(private readonly deps: AudienceDeps) {}

  private now(): number {
    return this.deps.now?.() ?? Date.now();
  }

  requireList(listId: string): ContactListView {
    const list = this.deps.lists.get(listId);
    if (!list) throw new AppError('not-found', 'The contact list this draft calls was deleted; choose another list or other numbers.');
    return list;
  }

  /** Typed numbers, read once per text and country: the composer asks after every keystroke. */
  typedNumbers(text: string, country: string): TypedNumbers {
    const key = `${country}\u0000${text}`;
    let found = this.typed.get(key);
    if (!found) {
      found = readTypedNumbers(text, country);
      this.typed.clear();
      this.typed.set(key, found);
    }
    return found;
  }

  async view(d: DraftFields, account: AccountRecord): Promise<AudienceView> {
    const a = d.audience;
    if (a.kind === 'numbers') return this.numbersView(d, account);
    if (a.kind === 'list') return this.listView(d, account, this.requireList(a.listId));
    return this.exotelView(d, account, a.type, a.sids);
  }

  private numbersView(d: DraftFields, account: AccountRecord): AudienceView {
    const text = d.audience.kind === 'numbers' ? d.audience.text : '';
    const typed = this.typedNumbers(text, account.defaultCountry);
    const count = d.callDuplicateNumbers ? typed.all.length : typed.unique.length;
    return {
      count,
      available: count,
      label: countOf(typed.unique.length, 'typed number', 'typed numbers'),
      variables: [],
      invalid: typed.invalid,
      invalidCount: typed.invalidCount,
      repeated: typed.repeated,
      route: 'from',
      routeText: `The numbers go to Exotel with the campaign itself (at most ${formatCount(MAX_TYPED_NUMBERS)}).`,
      emptyByVariable: {},
    };
  }

  private listView(d: DraftFields, account: AccountRecord, list: ContactListView): AudienceView {
    const variables = list.variables.map((v) => v.name);
    const used = referencedVariables(d, variables);
    const scan = this.scans.get(list.id, used, () => this.deps.lists.validRows(list.id));
    const skip = d.skipEmptyFor.filter((name) => used.includes(name));
    const count = keptCount(scan, skip);
    const route = used.length > 0 ? 'dynamic-list' : count <= EXOTEL_LIMITS.maxNumbersPerRequest ? 'from' : 'static-list';
    const sent = list.exotel.find((l) => l.accountId === account.id && l.type === (route === 'dynamic-list' ? 'dynamic' : 'static'));
    let routeText: string;
    if (route === 'from')
      routeText = `${countOf(count, 'number goes', 'numbers go')} to Exotel with the campaign itself: no list is needed.`;
    else {
      const why =
        route === 'dynamic-list'
          ? `because the message uses ${used.map((v) => `@@${v}`).join(', ')}`
          : `because more than ${formatCount(EXOTEL_LIMITS.maxNumbersPerRequest)} numbers cannot go with the campaign itself`;
      const type = route === 'dynamic-list' ? 'dynamic' : 'static';
      routeText =
        sent && skip.length === 0
          ? `Calls the ${type} list already sent to this account (${why}); it is checked on Exotel before the launch.`
          : `Sent to Exotel as a ${type} list first, ${why}; the campaign starts once the list is there.`;
    }
    return {
      count,
      available: list.counts.valid,
      label: `“${list.name}”`,
      variables,
      invalid: [],
      invalidCount: 0,
      repeated: 0,
      route,
      routeText,
      emptyByVariable: emptyByVariable(scan),
    };
  }

  /** What Exotel says about one of its lists; null when it cannot be asked or does not know it. */
  private async remoteList(account: AccountRecord, sid: string): Promise<ContactList | null> {
    const key = `${account.id}\u0000${sid}`;
    const cached = this.remote.get(key);
    if (cached && this.now() - cached.at < REMOTE_TTL_MS) return cached.list;
    if (!this.deps.reachable(account)) return cached?.list ?? null;
    let list: ContactList | null = null;
    try {
      list = await (await this.deps.clientFor(account)).lists.get(sid);
    } catch {
      list = null;
    }
    this.remote.set(key, { at: this.now(), list });
    return list;
  }

  /** The local list that was sent to this account as that Exotel list, if it was sent from here. */
  private localFor(account: AccountRecord, sid: string): ContactListView | null {
    return this.deps.lists.list().find((l) => l.exotel.some((e) => e.accountId === account.id && e.sid === sid)) ?? null;
  }

  private async exotelView(d: DraftFields, account: AccountRecord, type: 'static' | 'dynamic', sids: string[]): Promise<AudienceView> {
    let count = 0;
    let unknown = 0;
    let variables: string[] = [];
    let empties: Record<string, number> = {};
    for (const sid of sids) {
      const local = this.localFor(account, sid);
      const remote = local ? null : await this.remoteList(account, sid);
      const listCount = local ? local.counts.valid : (remote?.contactCount ?? null);
      if (listCount === null) unknown++;
      else count += listCount;
      if (type === 'dynamic') {
        variables = local ? local.variables.map((v) => v.name) : (remote?.headers ?? []);
        if (local) {
          const used = referencedVariables(d, variables);
          empties = emptyByVariable(this.scans.get(local.id, used, () => this.deps.lists.validRows(local.id)));
        }
      }
    }
    const what = type === 'dynamic' ? 'the dynamic Exotel list' : sids.length === 1 ? 'the Exotel list' : `${sids.length} Exotel lists`;
    const label = type === 'dynamic' ? 'The dynamic Exotel list' : sids.length === 1 ? 'The Exotel list' : `${sids.length} Exotel lists`;
    return {
      count,
      available: count,
      label: unknown > 0 ? `${label} (${countOf(unknown, 'list', 'lists')} whose size Exotel has not told us yet)` : label,
      variables,
      invalid: [],
      invalidCount: 0,
      repeated: 0,
      route: 'exotel-lists',
      routeText: `Calls ${what} you chose, as they are on Exotel.`,
      emptyByVariable: empties,
    };
  }

  /** Contacts for the preview: by position among the valid ones, by sheet row (or typed line), or at random. */
  async samples(d: DraftFields, account: AccountRecord, pick: SamplePick): Promise<ContactSample[]> {
    const a = d.audience;
    if (a.kind === 'numbers') {
      const typed = this.typedNumbers(a.text, account.defaultCountry).unique;
      const at = (index: number) => typed[index] && { row: typed[index].line, index, number: typed[index].e164, values: {} };
      const indexes = pickIndexes(pick, typed.length, (line) => typed.findIndex((t) => t.line === line));
      return indexes.map(at).filter((s): s is ContactSample => Boolean(s));
    }
    const listId = a.kind === 'list' ? a.listId : a.sids.map((sid) => this.localFor(account, sid)?.id).find(Boolean);
    if (listId) {
      const list = this.requireList(listId);
      const indexes = pickIndexes(pick, list.counts.valid, (row) => this.validIndexOfRow(list.id, list.counts.valid, row));
      return indexes.map((index) => toSample(this.validRow(list.id, index), index));
    }
    if (a.kind !== 'exotel-lists' || !a.sids[0] || !this.deps.reachable(account)) return [];
    // A list made outside the app: its contacts are read from Exotel a few at a time.
    const sid = a.sids[0];
    const total = (await this.remoteList(account, sid))?.contactCount ?? 0;
    const client = await this.deps.clientFor(account);
    const out: ContactSample[] = [];
    for (const index of pickIndexes(pick, total, (row) => row - 2)) {
      const contact = (await client.lists.contacts(sid, { offset: index, limit: 1 })).items[0];
      if (contact) out.push({ row: index + 2, index, number: contact.number, values: contact.variables });
    }
    return out;
  }

  /** Valid contacts whose value of `variable` is empty, a page at a time. */
  emptyRows(d: DraftFields, variable: string, offset: number, limit: number): { total: number; rows: ContactSample[] } {
    const listId = d.audience.kind === 'list' ? d.audience.listId : null;
    if (!listId) return { total: 0, rows: [] };
    let total = 0;
    let index = 0;
    const rows: ContactSample[] = [];
    for (const row of this.deps.lists.validRows(this.requireList(listId).id)) {
      if (isSkipped(row, [variable])) {
        if (total >= offset && rows.length < limit) rows.push(toSample(row, index));
        total++;
      }
      index++;
    }
    return { total, rows };
  }

  /** The numbers a list audience sends in `from`: valid rows, less those left out. */
  listNumbers(d: DraftFields, list: ContactListView): string[] {
    const used = referencedVariables(
      d,
      list.variables.map((v) => v.name),
    );
    const skip = d.skipEmptyFor.filter((name) => used.includes(name));
    const out: string[] = [];
    for (const row of this.deps.lists.validRows(list.id)) if (row.number && !isSkipped(row, skip)) out.push(row.number);
    return out;
  }

  private validRow(listId: string, index: number): ContactRow {
    const row = this.deps.lists.rows({ listId, status: 'valid', offset: index, limit: 1 }).rows[0];
    if (!row) throw new AppError('not-found', `There is no contact number ${formatCount(index + 1)} in this list.`);
    return row;
  }

  /** Valid rows are stored in sheet order, so a sheet row is found by halving. -1 when that row is not called. */
  private validIndexOfRow(listId: string, valid: number, sheetRow: number): number {
    let lo = 0;
    let hi = valid - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = this.validRow(listId, mid).rowNumber;
      if (at === sheetRow) return mid;
      if (at < sheetRow) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
}

function toSample(row: ContactRow, index: number): ContactSample {
  return { row: row.rowNumber, index, number: row.number ?? '', values: row.variables };
}

/** Positions among `total` contacts the pick asks for; a row that is not called yields none. */
function pickIndexes(pick: SamplePick, total: number, indexOfRow: (row: number) => number): number[] {
  if (total === 0) return [];
  if (pick.kind === 'index') return pick.index < total ? [pick.index] : [];
  if (pick.kind === 'row') {
    const index = indexOfRow(pick.row);
    return index >= 0 && index < total ? [index] : [];
  }
  const wanted = Math.min(pick.count, total);
  const chosen = new Set<number>();
  while (chosen.size < wanted) chosen.add(Math.floor(Math.random() * total));
  return [...chosen];
}
