import type { ContactListView } from '../../../shared/contacts/schemas';
import type { CachedCampaign } from '../../store/campaigns-repo';
import type { ContactsRepo, NamedContact } from '../../store/contacts-repo';
import type { LocalContacts } from '../export/call-details-csv';

const sentAs = (list: ContactListView, accountId: string, isSid: (sid: string) => boolean): boolean =>
  list.exotel.some((link) => link.accountId === accountId && isSid(link.sid));

/**
 * The contacts behind a campaign that this computer has: the lists sent from here, known by the Exotel list each
 * became. Exports and follow-ups both need them, so neither reaches into the other for them.
 */
export class CampaignContacts {
  constructor(private readonly lists: Pick<ContactsRepo, 'list' | 'validRows' | 'namedRows'>) {}

  /** For each Exotel list of the campaign, the list saved here that was sent as it, when there is one. */
  savedLists(accountId: string, cached: CachedCampaign): Map<string, ContactListView> {
    const saved = this.lists.list();
    const bySid = new Map<string, ContactListView>();
    for (const sid of cached.campaign.lists) {
      const local = saved.find((l) => sentAs(l, accountId, (linked) => linked === sid));
      if (local) bySid.set(sid, local);
    }
    return bySid;
  }

  namedRows(listId: string): Iterable<NamedContact> {
    return this.lists.namedRows(listId);
  }

  /** The local list the campaign called (sent from this computer), with each number's variables. */
  localContacts(accountId: string, cached: CachedCampaign): LocalContacts | null {
    const sids = new Set(cached.campaign.lists);
    if (sids.size === 0) return null;
    const list = this.lists.list().find((l) => sentAs(l, accountId, (sid) => sids.has(sid)));
    if (!list) return null;
    const byNumber = new Map<string, Record<string, string>>();
    for (const row of this.lists.validRows(list.id)) if (row.number) byNumber.set(row.number, row.variables);
    return {
      listName: list.name,
      variables: list.variables.map((v) => ({ name: v.name, header: list.headers[v.column] ?? v.name })),
      byNumber,
    };
  }
}
