import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { DraftFields, type Draft, type DraftOrigin, type FollowUpCounts } from '../../../shared/compose/draft';
import type { RetryOnStatus } from '../../../shared/exotel';
import { AppError } from '../../../shared/ipc/result';
import type { AccountRecord } from '../../store/accounts-repo';
import type { CallDetailsRepo } from '../../store/call-details-repo';
import type { CachedCampaign, CampaignsRepo } from '../../store/campaigns-repo';
import { callsSettled } from '../campaigns/call-details-reader';
import type { CampaignContacts } from '../campaigns/campaign-contacts';
import type { LocalContacts } from '../export/call-details-csv';
import type { ContactsImporter } from '../contacts/contacts-importer';

type FollowUpOrigin = Extract<DraftOrigin, { kind: 'follow-up' }>;

export interface FollowUpDeps {
  activeAccount(): AccountRecord | null;
  campaigns: Pick<CampaignsRepo, 'get'>;
  calls: Pick<CallDetailsRepo, 'iterate'>;
  /** The contact list on this computer the campaign called, with each number's variables. */
  contacts: Pick<CampaignContacts, 'localContacts'>;
  importer: Pick<ContactsImporter, 'run'>;
  drafts: {
    create(origin: Exclude<DraftOrigin, FollowUpOrigin>): Draft;
    save(id: string, fields: DraftFields): { updatedAt: string };
  };
  /** Where the follow-up's sheet is written for a moment while it is imported as a list. */
  scratchDir: string;
  onListCreated(listId: string): void;
}

const FOLLOW_UP_OUTCOMES: readonly RetryOnStatus[] = ['busy', 'no-answer', 'failed'];
const LABEL: Record<RetryOnStatus, string> = { busy: 'busy', 'no-answer': 'no answer', failed: 'failed' };

/**
 * "Call again those not reached": a new draft for a campaign's numbers whose last call ended busy, unanswered
 * or failed, with the original message and settings. When the campaign called a list kept on this computer,
 * those contacts become a list of their own, so every `@@` variable still has its values.
 */
export class FollowUps {
  constructor(private readonly deps: FollowUpDeps) {}

  private campaign(campaignId: string): { account: AccountRecord; cached: CachedCampaign } {
    const account = this.deps.activeAccount();
    if (!account) throw new AppError('not-found', 'There is no active account. Choose the account the campaign belongs to.');
    const cached = this.deps.campaigns.get(account.id, campaignId);
    if (!cached)
      throw new AppError('not-found', 'That campaign is not in this account’s list any more; refresh the campaigns and try again.');
    return { account, cached };
  }

  /** Each number once, by the outcome of its last call, in the order they were first called. */
  private lastOutcomes(accountId: string, campaignId: string): Map<string, string> {
    const outcomes = new Map<string, string>();
    for (const call of this.deps.calls.iterate(accountId, campaignId, true)) outcomes.set(call.number, call.status);
    return outcomes;
  }

  counts(campaignId: string): FollowUpCounts {
    return this.countsOf([campaignId]);
  }

  create(origin: FollowUpOrigin): Promise<Draft> {
    return this.createFrom([origin.campaignId], origin.outcomes, (first) => first.campaign.name);
  }

  /**
   * The same counts over several campaigns taken as one (a plan's days, in order): a number called on two days
   * counts by its last call on the later one.
   */
  countsOf(campaignIds: readonly string[]): FollowUpCounts {
    const { account, all } = this.campaigns(campaignIds);
    const counts: FollowUpCounts = { busy: 0, 'no-answer': 0, failed: 0, complete: all.every(callsSettled), listName: null };
    for (const status of this.outcomesOf(account.id, campaignIds).values()) {
      if ((FOLLOW_UP_OUTCOMES as readonly string[]).includes(status)) counts[status as RetryOnStatus]++;
    }
    counts.listName = this.contactsOf(account.id, all)?.listName ?? null;
    return counts;
  }

  /** One draft for the numbers of all the campaigns not reached, with the first campaign's message and settings. */
  async createFrom(
    campaignIds: readonly string[],
    outcomes: readonly RetryOnStatus[],
    nameOf: (first: CachedCampaign) => string,
  ): Promise<Draft> {
    const { account, all } = this.campaigns(campaignIds);
    const first = all[0] as CachedCampaign;
    const wanted = new Set<string>(outcomes);
    const numbers = [...this.outcomesOf(account.id, campaignIds)].filter(([, status]) => wanted.has(status)).map(([n]) => n);
    const which = outcomes.map((o) => LABEL[o]).join(', ');
    const title = nameOf(first);
    if (numbers.length === 0) {
      throw new AppError('validation', `No number of “${title}” ended ${which} on its last call, so there is nobody to call again.`);
    }
    const base = this.deps.drafts.create({ kind: 'campaign', campaignId: first.campaign.id });
    const contacts = this.contactsOf(account.id, all);
    const name = `${title} · again (${which})`.slice(0, 200);
    const audience = contacts
      ? { kind: 'list' as const, listId: await this.importContacts(account, `Not reached (${which}): ${title}`, numbers, contacts) }
      : { kind: 'numbers' as const, text: numbers.join('\n') };
    const fields = DraftFields.parse({ ...base, name, audience });
    const { updatedAt } = this.deps.drafts.save(base.id, fields);
    return { ...base, ...fields, updatedAt };
  }

  private campaigns(campaignIds: readonly string[]): { account: AccountRecord; all: CachedCampaign[] } {
    if (campaignIds.length === 0) throw new AppError('not-found', 'None of its campaigns is on Exotel yet, so nobody was called.');
    const all = campaignIds.map((id) => this.campaign(id));
    return { account: (all[0] as { account: AccountRecord }).account, all: all.map((c) => c.cached) };
  }

  private outcomesOf(accountId: string, campaignIds: readonly string[]): Map<string, string> {
    const outcomes = new Map<string, string>();
    for (const id of campaignIds) for (const [number, status] of this.lastOutcomes(accountId, id)) outcomes.set(number, status);
    return outcomes;
  }

  /** The contacts of every campaign that called a list kept here, joined; null when none did. */
  private contactsOf(accountId: string, all: readonly CachedCampaign[]): LocalContacts | null {
    const found = all.flatMap((c) => {
      const contacts = this.deps.contacts.localContacts(accountId, c);
      return contacts ? [contacts] : [];
    });
    const first = found[0];
    if (!first) return null;
    if (found.length === 1) return first;
    const byNumber = new Map<string, Readonly<Record<string, string>>>();
    for (const contacts of found) for (const [n, values] of contacts.byNumber) byNumber.set(n, values);
    return { listName: first.listName, variables: first.variables, byNumber };
  }

  /** The chosen contacts with their variables, imported like any sheet so they are checked and stored the same way. */
  private async importContacts(account: AccountRecord, listName: string, numbers: string[], contacts: LocalContacts): Promise<string> {
    const names = contacts.variables.map((v) => v.name);
    const rows = numbers.map((n) => [n, ...names.map((name) => contacts.byNumber.get(n)?.[name] ?? '')]);
    const dir = mkdtempSync(join(this.deps.scratchDir, 'follow-up-'));
    const filePath = join(dir, 'not-reached.csv');
    try {
      writeFileSync(filePath, Papa.unparse({ fields: ['number', ...names], data: rows }, { newline: '\r\n' }), 'utf8');
      const { listId } = await this.deps.importer.run(
        {
          filePath,
          encoding: 'utf-8',
          delimiter: ',',
          phoneColumn: 0,
          variables: names.map((name, i) => ({ column: i + 1, name })),
          country: account.defaultCountry,
          listName: listName.slice(0, 100),
        },
        { accountId: account.id, signal: new AbortController().signal, onProgress: () => undefined },
      );
      this.deps.onListCreated(listId);
      return listId;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}
