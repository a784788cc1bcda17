import type { Campaign } from '../../shared/exotel';
import type { ExotelClient } from './client';
import type { IterateOptions } from './paging';

/** Every campaign whose name is exactly `name` (Exotel's search matches parts of names). */
export async function findCampaignsByName(client: ExotelClient, name: string, o: IterateOptions = {}): Promise<Campaign[]> {
  const found: Campaign[] = [];
  for await (const campaign of client.campaigns.iterate({ name }, o)) {
    if (campaign.name === name) found.push(campaign);
  }
  return found;
}

export interface FindByNameOptions extends IterateOptions {
  /**
   * When the launch was queued (ms). Exotel does not keep names unique, so a campaign of the same name made
   * before then is someone else's, not this launch's answer.
   */
  madeSince?: number;
}

/**
 * Looks a campaign up by its unique name, as the outbox does after a create whose answer was lost:
 * null means Exotel never made it and it may be sent again. If several share the name, the newest wins.
 */
export async function findCampaignByName(client: ExotelClient, name: string, o: FindByNameOptions = {}): Promise<Campaign | null> {
  const { madeSince, ...iterate } = o;
  const found = (await findCampaignsByName(client, name, iterate)).filter((c) => {
    if (madeSince === undefined) return true;
    const made = Date.parse(c.dateCreated ?? '');
    // A campaign without a readable date may be the one; only a provably older one is ruled out.
    return Number.isNaN(made) || made >= madeSince;
  });
  if (found.length === 0) return null;
  return found.reduce((newest, c) => (Date.parse(c.dateCreated ?? '') > Date.parse(newest.dateCreated ?? '') ? c : newest));
}
