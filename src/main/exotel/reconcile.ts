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

/**
 * Looks a campaign up by its unique name, as the outbox does after a create whose answer was lost:
 * null means Exotel never made it and it may be sent again. If several share the name, the newest wins.
 */
export async function findCampaignByName(client: ExotelClient, name: string, o: IterateOptions = {}): Promise<Campaign | null> {
  const found = await findCampaignsByName(client, name, o);
  if (found.length === 0) return null;
  return found.reduce((newest, c) => (Date.parse(c.dateCreated ?? '') > Date.parse(newest.dateCreated ?? '') ? c : newest));
}
