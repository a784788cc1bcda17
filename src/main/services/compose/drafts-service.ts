import { randomUUID } from 'node:crypto';
import type { Audience, Draft, DraftFields, DraftOrigin, DraftSummary } from '../../../shared/compose/draft';
import { AppError } from '../../../shared/ipc/result';
import type { EventSink } from '../../platform/desktop';
import type { AccountRecord } from '../../store/accounts-repo';
import type { CampaignsRepo } from '../../store/campaigns-repo';
import type { ContactsRepo } from '../../store/contacts-repo';
import type { DraftRecord, DraftsRepo } from '../../store/drafts-repo';
import { editWindow } from '../../../shared/compose/campaign-edit';
import { blankFields, datedName, fieldsForEdit, fieldsFromCampaign, uniqueName, type AccountDefaults } from './draft-origins';
import { countOf } from '../../../shared/plural';

export interface DraftsDeps {
  drafts: DraftsRepo;
  lists: ContactsRepo;
  campaigns: CampaignsRepo;
  /** The active account, or null when there is none. */
  activeAccount: () => AccountRecord | null;
  /** What a new draft takes from the account (its ExoPhones, throttle and time zone, defaults resolved). */
  accountDefaults: (account: AccountRecord) => AccountDefaults;
  emit: EventSink;
  now?: () => Date;
}

/** Drafts of campaigns, per account: made from a list, a campaign or another draft, saved as the user types. */
export class DraftsService {
  constructor(private readonly deps: DraftsDeps) {}

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }

  private account(): AccountRecord {
    const account = this.deps.activeAccount();
    if (!account) throw new AppError('not-found', 'Add or choose an account first: drafts belong to an account.');
    return account;
  }

  list(): DraftSummary[] {
    const account = this.deps.activeAccount();
    if (!account) return [];
    return this.deps.drafts.list(account.id).map((d) => ({
      id: d.id,
      name: d.name,
      updatedAt: d.updatedAt,
      audienceLabel: this.audienceLabel(d.audience),
      launchedItemId: d.launchedItemId,
    }));
  }

  get(id: string): Draft {
    return publicDraft(this.require(id));
  }

  /** Names a campaign of this account must not take: its campaigns on Exotel, and for a new draft's default name, the other drafts too. */
  takenNames(accountId: string, include: { drafts: boolean }): Set<string> {
    const names = new Set<string>();
    if (include.drafts) for (const name of this.deps.drafts.names(accountId)) names.add(name);
    for (const c of this.deps.campaigns.list(accountId)) names.add(c.name);
    return names;
  }

  /** A follow-up needs its calls read and a list made first: FollowUps starts those. */
  create(origin: Exclude<DraftOrigin, { kind: 'follow-up' }>): Draft {
    const account = this.account();
    const defaults = this.deps.accountDefaults(account);
    const now = this.now();
    const taken = this.takenNames(account.id, { drafts: true });
    const named = (base: string) => uniqueName(base, taken);
    let fields: DraftFields;
    let editsCampaignId: string | null = null;
    switch (origin.kind) {
      case 'blank':
        fields = blankFields(named(datedName('Campaign', now, defaults.timeZone)), defaults);
        break;
      case 'list': {
        const list = this.deps.lists.get(origin.listId);
        if (!list) throw new AppError('not-found', 'That contact list no longer exists; it may have been deleted.');
        fields = blankFields(named(datedName(list.name, now, defaults.timeZone)), defaults, { kind: 'list', listId: list.id });
        break;
      }
      case 'campaign': {
        const cached = this.deps.campaigns.get(account.id, origin.campaignId);
        if (!cached)
          throw new AppError('not-found', 'That campaign is not in this account’s list any more; refresh the campaigns and try again.');
        fields = fieldsFromCampaign(cached.campaign, named(datedName(cached.campaign.name, now, defaults.timeZone)), defaults);
        break;
      }
      case 'edit': {
        const cached = this.deps.campaigns.get(account.id, origin.campaignId);
        if (!cached)
          throw new AppError('not-found', 'That campaign is not in this account’s list any more; refresh the campaigns and try again.');
        const window = editWindow(cached.campaign, now);
        if (window.kind !== 'all')
          throw new AppError('conflict', `“${cached.campaign.name}” can no longer be edited in full. ${window.reason}`);
        const open = this.deps.drafts.openEditOf(account.id, origin.campaignId);
        if (open) return this.get(open);
        fields = fieldsForEdit(cached.campaign, defaults);
        editsCampaignId = origin.campaignId;
        break;
      }
      case 'draft': {
        const source = this.require(origin.draftId);
        const {
          id: _id,
          accountId: _a,
          createdAt: _c,
          updatedAt: _u,
          launchedItemId: _l,
          launchedAt: _la,
          editsCampaignId: _e,
          ...copied
        } = source;
        fields = { ...copied, name: named(copied.name) };
        break;
      }
    }
    const id = randomUUID();
    this.deps.drafts.insert({ id, accountId: account.id, fields, at: now.toISOString(), editsCampaignId });
    this.changed(id);
    return this.get(id);
  }

  /** Saves at once (one committed write); a launched draft is read-only. */
  save(id: string, fields: DraftFields): { updatedAt: string } {
    const existing = this.require(id);
    if (existing.launchedItemId) {
      throw new AppError(
        'conflict',
        `“${existing.name}” was launched and can no longer change. Duplicate it to make a new campaign from it.`,
      );
    }
    const at = this.now().toISOString();
    if (!this.deps.drafts.save(id, fields, at)) {
      throw new AppError('conflict', `“${existing.name}” was launched or deleted meanwhile; its last state is kept as it was.`);
    }
    this.changed(id);
    return { updatedAt: at };
  }

  delete(id: string): { deleted: boolean } {
    const deleted = this.deps.drafts.delete(id);
    if (deleted) this.changed(id);
    return { deleted };
  }

  /** The draft as stored, launch state included; for the compose service. */
  require(id: string): DraftRecord {
    const draft = this.deps.drafts.get(id);
    if (!draft) throw new AppError('not-found', 'That draft no longer exists; it may have been deleted.');
    return draft;
  }

  markLaunched(id: string, itemId: string): void {
    this.deps.drafts.markLaunched(id, itemId, this.now().toISOString());
    this.changed(id);
  }

  private changed(draftId: string | null): void {
    this.deps.emit('drafts:changed', { draftId });
  }

  private audienceLabel(a: Audience): string {
    switch (a.kind) {
      case 'list':
        return this.deps.lists.get(a.listId)?.name ?? 'A contact list that was deleted';
      case 'exotel-lists':
        if (a.type === 'dynamic') return 'A dynamic Exotel list';
        return a.sids.length === 1 ? 'An Exotel list' : `${a.sids.length} Exotel lists`;
      case 'numbers': {
        const n = a.text.split(/[\n,;]+/).filter((line) => line.trim() !== '').length;
        return countOf(n, 'typed number');
      }
    }
  }
}

function publicDraft(d: DraftRecord): Draft {
  const { launchedAt: _launchedAt, ...draft } = d;
  return draft;
}
