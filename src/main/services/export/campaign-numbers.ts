import { guessNameColumns, joinName } from '../../../shared/contacts/name-columns';
import type { ExotelClient } from '../../exotel';
import type { CachedCampaign } from '../../store/campaigns-repo';
import type { CampaignContacts } from '../campaigns/campaign-contacts';

/** A number the campaign was given, with what is known of it. */
export interface GivenNumber {
  number: string;
  name: string;
  /** By variable header. */
  variables: Readonly<Record<string, string>> | null;
}

/** Every number a campaign was given, each once, in the order it was given, keyed by numberKey. */
export interface CampaignNumbers {
  byKey: Map<string, GivenNumber>;
  /** Variable headers, in the order the export shows them. */
  variables: string[];
  /** The contact list saved here that the campaign called, when there is one. */
  listName: string | null;
  /** Exotel lists of the campaign whose contacts could not be read (offline, removed...), with why. */
  unread: string[];
}

/**
 * The same number written two ways ("+91 98765 43210", "09876543210") is one number: its last ten digits,
 * the subscriber number in India and most other plans, are the key. Shorter numbers are kept whole.
 */
export function numberKey(number: string): string {
  let digits = '';
  for (let i = 0; i < number.length; i++) {
    const c = number.charCodeAt(i);
    if (c >= 48 && c <= 57) digits += number[i];
  }
  return digits.length > 10 ? digits.slice(-10) : digits;
}

/** A name from variables whose headers name it (a list imported before its name column was kept). */
function nameFromVariables(variables: Readonly<Record<string, string>>, headers: readonly string[]): string {
  return joinName(guessNameColumns(headers).map((i) => variables[headers[i] ?? '']));
}

function add(into: CampaignNumbers, number: string, name: string, variables: Record<string, string> | null): void {
  const key = numberKey(number);
  if (key === '') return;
  const known = into.byKey.get(key);
  if (!known) into.byKey.set(key, { number, name, variables });
  else if (!known.name && name) known.name = name;
}

export interface NumbersSources {
  contacts: Pick<CampaignContacts, 'savedLists' | 'namedRows'>;
  /** The account's client, to read an Exotel list's contacts that this computer does not have; null offline. */
  client: ExotelClient | null;
  signal?: AbortSignal;
}

/**
 * The numbers a campaign was given: its typed numbers, the rows of a contact list saved here that it called,
 * and the contacts of its other Exotel lists read through the lists API.
 */
export async function campaignNumbers(accountId: string, cached: CachedCampaign, sources: NumbersSources): Promise<CampaignNumbers> {
  const out: CampaignNumbers = { byKey: new Map(), variables: [], listName: null, unread: [] };
  for (const number of cached.campaign.from) add(out, number, '', null);
  const saved = sources.contacts.savedLists(accountId, cached);
  for (const sid of cached.campaign.lists) {
    const local = saved.get(sid);
    if (local) {
      out.listName ??= local.name;
      const headers = local.variables.map((v) => local.headers[v.column] ?? v.name);
      for (const h of headers) if (!out.variables.includes(h)) out.variables.push(h);
      for (const row of sources.contacts.namedRows(local.id)) {
        const variables: Record<string, string> = {};
        local.variables.forEach((v, i) => (variables[headers[i] ?? v.name] = row.variables[v.name] ?? ''));
        add(out, row.number, row.name || nameFromVariables(variables, headers), variables);
      }
      continue;
    }
    if (!sources.client) {
      out.unread.push(sid);
      continue;
    }
    try {
      for await (const contact of sources.client.lists.iterateContacts(sid, {}, { signal: sources.signal })) {
        for (const h of Object.keys(contact.variables)) if (!out.variables.includes(h)) out.variables.push(h);
        const name = joinName([contact.firstName ?? undefined, contact.lastName ?? undefined]);
        add(out, contact.number, name || nameFromVariables(contact.variables, Object.keys(contact.variables)), contact.variables);
      }
    } catch (error) {
      if (sources.signal?.aborted) throw error;
      out.unread.push(sid);
    }
  }
  return out;
}
