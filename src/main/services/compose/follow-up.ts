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
    const { account, cached } = this.campaign(campaignId);
    const counts: FollowUpCounts = { busy: 0, 'no-answer': 0, failed: 0, complete: callsSettled(cached), listName: null };
    for (const status of this.lastOutcomes(account.id, campaignId).values()) {
      if ((FOLLOW_UP_OUTCOMES as readonly string[]).includes(status)) counts[status as RetryOnStatus]++;
    }
    counts.listName = this.deps.contacts.localContacts(account.id, cached)?.listName ?? null;
    return counts;
  }

  async create(origin: FollowUpOrigin): Promise<Draft> {
    const { account, cached } = this.campaign(origin.campaignId);
    const wanted = new Set<string>(origin.outcomes);
    const numbers = [...this.lastOutcomes(account.id, origin.campaignId)].filter(([, status]) => wanted.has(status)).map(([n]) => n);
    const which = origin.outcomes.map((o) => LABEL[o]).join(', ');
    if (numbers.length === 0) {
      throw new AppError(
        'validation',
        `No number of “${cached.campaign.name}” ended ${which} on its last call, so there is nobody to call again.`,
      );
    }
    const base = this.deps.drafts.create({ kind: 'campaign', campaignId: origin.campaignId });
    const contacts = this.deps.contacts.localContacts(account.id, cached);
    const name = `${cached.campaign.name} · again (${which})`.slice(0, 200);
    const audience = contacts
      ? {
          kind: 'list' as const,
          listId: await this.importContacts(account, `Not reached (${which}): ${cached.campaign.name}`, numbers, contacts),
        }
      : { kind: 'numbers' as const, text: numbers.join('\n') };
    const fields = DraftFields.parse({ ...base, name, audience });
    const { updatedAt } = this.deps.drafts.save(base.id, fields);
    return { ...base, ...fields, updatedAt };
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
