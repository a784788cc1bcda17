import { z } from 'zod';
import { JobStarted } from '../../jobs/schemas';
import { CallsExportMode, CallsPage, CallsQuery, CampaignDetailView, CampaignListView } from '../../campaigns/schemas';

const ById = z.strictObject({ id: z.string().min(1) });

/** A job that writes a file the user chose; null when the save dialog was closed. */
const SaveJob = z.object({ jobId: z.string().nullable() });

/** How often campaigns refresh in the background while the app is open. */
export const RefreshSettings = z.object({ seconds: z.number(), min: z.number(), max: z.number() });
export type RefreshSettings = z.infer<typeof RefreshSettings>;

export const campaignChannels = {
  /** The active account's campaigns from the local cache, at once, with when they were last synced. */
  'campaigns:list': { input: z.undefined(), output: CampaignListView },
  /** Reads every campaign of the active account from Exotel as a job; the job's result is a CampaignsRefreshResult. */
  'campaigns:refresh': { input: z.undefined(), output: JobStarted },
  /** One cached campaign with its stat snapshots, oldest first. */
  'campaigns:get': { input: ById, output: CampaignDetailView },
  /** A page of the campaign's call details; fetched from Exotel into the cache as needed, answered from the cache. */
  'campaigns:calls': { input: CallsQuery, output: CallsPage },
  /** Reads every call of one campaign from Exotel as a job (resumable); the job's result is a CallsSyncResult. */
  'campaigns:syncCalls': { input: ById, output: JobStarted },
  /** Asks where to save, then writes the campaign's cached calls as a CSV job (CallsExportResult); jobId null when the dialog was closed. */
  'campaigns:exportCalls': { input: z.strictObject({ id: z.string().min(1), mode: CallsExportMode }), output: SaveJob },
  /** Downloads Exotel's own report of a finished campaign (plain download, no credentials) as a job (ReportDownloadResult). */
  'campaigns:downloadReport': { input: ById, output: SaveJob },
  'campaigns:refreshSettings': { input: z.undefined(), output: RefreshSettings },
  'campaigns:setRefreshSeconds': { input: z.strictObject({ seconds: z.number().int().min(1).max(86_400) }), output: RefreshSettings },
} as const;
