import { z } from 'zod';
import { JobStarted } from '../../jobs/schemas';
import { CallsPage, CallsQuery, CampaignDetailView, CampaignListView } from '../../campaigns/schemas';

const ById = z.strictObject({ id: z.string().min(1) });

export const campaignChannels = {
  /** The active account's campaigns from the local cache, at once, with when they were last synced. */
  'campaigns:list': { input: z.undefined(), output: CampaignListView },
  /** Reads every campaign of the active account from Exotel as a job; the job's result is a CampaignsRefreshResult. */
  'campaigns:refresh': { input: z.undefined(), output: JobStarted },
  /** One cached campaign with its stat snapshots, oldest first. */
  'campaigns:get': { input: ById, output: CampaignDetailView },
  /** A page of the campaign's call details; fetched from Exotel into the cache as needed, answered from the cache. */
  'campaigns:calls': { input: CallsQuery, output: CallsPage },
} as const;
