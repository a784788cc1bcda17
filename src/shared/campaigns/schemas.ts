import { z } from 'zod';
import { CallDetail, Campaign, CampaignStats, CampaignStatus, CallStatus } from '../exotel';

/** Where a cached view came from: when it was last read from Exotel, and whether it could be read now. */
export const Freshness = z.object({
  /** ISO time of the last completed read from Exotel; null when never synced. */
  lastSyncedAt: z.string().nullable(),
  /** True when the account is a real one and the computer is offline: what is shown is the cache. */
  offline: z.boolean(),
});
export type Freshness = z.infer<typeof Freshness>;

/** One line of the campaign list: enough to scan, sort and search without opening the campaign. */
export const CampaignRow = z.object({
  id: z.string(),
  name: z.string(),
  status: CampaignStatus,
  /** The status exactly as Exotel wrote it, shown when the app does not know it. */
  statusText: z.string(),
  dateCreated: z.string().nullable(),
  stats: CampaignStats.nullable(),
  /** Numbers in the campaign (the stats added up). */
  total: z.number(),
  /** Numbers that will get no further call. */
  finished: z.number(),
  lastSyncedAt: z.string(),
  /** When calling starts (RFC 3339, Exotel's offset), for a campaign that has not started. */
  sendAt: z.string().nullable().optional(),
  /**
   * Numbers it will call, known before the start (Exotel counts none until then): its typed numbers, or the
   * lists it calls that were sent from here. Null when not known.
   */
  planned: z.number().nullable().optional(),
});
export type CampaignRow = z.infer<typeof CampaignRow>;

export const CampaignListView = Freshness.extend({
  accountId: z.string().nullable(),
  /** The Sandbox is in-process, so it never goes offline. */
  sandbox: z.boolean(),
  campaigns: z.array(CampaignRow),
});
export type CampaignListView = z.infer<typeof CampaignListView>;

/** The numbers of a campaign as one sync found them; a new one is kept only when they changed. */
export const StatSnapshot = z.object({ at: z.string(), stats: CampaignStats });
export type StatSnapshot = z.infer<typeof StatSnapshot>;

export const CampaignDetailView = Freshness.extend({
  campaign: Campaign,
  /** Oldest first. */
  snapshots: z.array(StatSnapshot),
});
export type CampaignDetailView = z.infer<typeof CampaignDetailView>;

/** How the calls table can be ordered. */
export const CallSort = z.enum(['time', 'number', 'duration', 'status']);
export type CallSort = z.infer<typeof CallSort>;

export const CallsQuery = z.strictObject({
  id: z.string().min(1),
  /** Only calls with one of these outcomes; all calls when absent or empty. */
  status: z.array(CallStatus).max(5).optional(),
  /** Only numbers containing these digits. */
  search: z.string().max(32).optional(),
  sort: CallSort.optional(),
  desc: z.boolean().optional(),
  offset: z.number().int().min(0),
  limit: z.number().int().min(1).max(500),
});
export type CallsQuery = z.infer<typeof CallsQuery>;

export const CallRow = CallDetail.extend({
  /** The cache's key for the call: Exotel's call SID, or number, time and attempt. */
  key: z.string(),
  /** 1 for the first call to this number in the campaign, 2 for its first retry... */
  attempt: z.number(),
});
export type CallRow = z.infer<typeof CallRow>;

export const CallsPage = Freshness.extend({
  campaignId: z.string(),
  /** Cached calls that match the filter. */
  total: z.number(),
  offset: z.number(),
  rows: z.array(CallRow),
  /** Cached calls by outcome, all of them (not only the filter's): they add up to `loaded`. */
  counts: z.record(z.string(), z.number()),
  /** Numbers called, by the outcome of their latest call: they add up to the numbers with at least one call. */
  numberCounts: z.record(z.string(), z.number()),
  loaded: z.number(),
  /** Some cached call of the campaign has a digit pressed; without one the table leaves out its Key column. */
  withDigit: z.boolean(),
  /** Exotel's own count of the campaign's calls when it said one. */
  exotelTotal: z.number().nullable(),
  /** True when every call Exotel has is in the cache, so the counts are final for now. */
  complete: z.boolean(),
  /** The campaign is final and every call of it is in the cache: nothing more will come. */
  settled: z.boolean(),
  /** The campaign is final on Exotel (completed, canceled...), whether or not its last calls have ended. */
  final: z.boolean(),
  /** A final campaign's calls still on (or retries due) on Exotel: listed, and read, only when they end. */
  underWay: z.number(),
  /** When the app will next read the calls of a final campaign not yet all read, while it stays open. */
  nextReadAt: z.string().nullable(),
  /** Why more calls could not be read just now, in plain words; the cached ones are still shown. */
  notice: z.string().nullable(),
});
export type CallsPage = z.infer<typeof CallsPage>;

export const CampaignsRefreshResult = z.object({
  campaigns: z.number(),
  changed: z.number(),
  removed: z.number(),
  unreadable: z.number(),
});
export type CampaignsRefreshResult = z.infer<typeof CampaignsRefreshResult>;

/** The end of a job that read a campaign's calls. */
export const CallsSyncResult = z.object({
  campaignId: z.string(),
  /** Calls in the cache now. */
  calls: z.number(),
  /** The pass reached the end of Exotel's list. */
  complete: z.boolean(),
  /** The campaign is final and every call of it was read after it ended. */
  settled: z.boolean(),
  /** A final campaign's calls Exotel still has on (or retries due): they are listed, and read, when they end. */
  underWay: z.number(),
  unreadable: z.number(),
});
export type CallsSyncResult = z.infer<typeof CallsSyncResult>;

/** Which calls an export holds: every call, or one row per number with the outcome of its latest call. */
export const CallsExportMode = z.enum(['calls', 'numbers']);
export type CallsExportMode = z.infer<typeof CallsExportMode>;

export const CallsExportResult = z.object({
  filePath: z.string(),
  rows: z.number(),
  /** Every call Exotel has was in the cache when the file was written. */
  complete: z.boolean(),
  /** The local contact list whose names and variables were added, if the campaign called one. */
  withContacts: z.string().nullable(),
  /** Per-number export: the numbers the campaign was given that got no call, each a "Not called" row. */
  notCalled: z.number().optional(),
  /** Exotel lists of the campaign whose contacts could not be read, so their uncalled numbers are missing. */
  unreadLists: z.number().optional(),
});
export type CallsExportResult = z.infer<typeof CallsExportResult>;

export const ReportDownloadResult = z.object({ filePath: z.string(), rows: z.number() });
export type ReportDownloadResult = z.infer<typeof ReportDownloadResult>;
