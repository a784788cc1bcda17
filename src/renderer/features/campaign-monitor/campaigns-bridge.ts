import type { z } from 'zod';
import type { campaignChannels } from '../../../shared/ipc/channels/campaigns';
import type { Result } from '../../../shared/ipc/result';
import { desk } from '../../lib/api';

type Channels = typeof campaignChannels;
type Call<C extends keyof Channels> = undefined extends z.input<Channels[C]['input']>
  ? (input?: z.input<Channels[C]['input']>) => Promise<Result<z.output<Channels[C]['output']>>>
  : (input: z.input<Channels[C]['input']>) => Promise<Result<z.output<Channels[C]['output']>>>;

/** `window.api.campaigns`, typed from the campaign channels themselves. */
export interface CampaignsBridge {
  list: Call<'campaigns:list'>;
  refresh: Call<'campaigns:refresh'>;
  get: Call<'campaigns:get'>;
  calls: Call<'campaigns:calls'>;
}

export function campaignsApi(): CampaignsBridge {
  return (desk() as unknown as { campaigns: CampaignsBridge }).campaigns;
}
