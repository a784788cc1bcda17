import { z } from 'zod';
import { CampaignDetailView } from '../../campaigns/schemas';
import { CallingHours } from '../../compose/calling-hours';

export const ReportFormat = z.enum(['pdf', 'png']);
export type ReportFormat = z.infer<typeof ReportFormat>;

/** What the stored call details of one campaign add up to: every attempt counts as a call. */
export const ReportCalls = z.object({
  calls: z.number().int().min(0),
  answeredCalls: z.number().int().min(0),
  /** Mean talk time of the answered calls, in seconds; null when none was answered or Exotel gave no duration. */
  averageTalkSeconds: z.number().min(0).nullable(),
  /** When the last stored call ended (its start plus its duration), ISO; null with no calls. */
  lastCallEndedAt: z.string().nullable(),
});
export type ReportCalls = z.infer<typeof ReportCalls>;

/** Everything a campaign's one-page report shows, read in one call so the printed page needs nothing else. */
export const CampaignReport = z.object({
  detail: CampaignDetailView,
  account: z.object({
    name: z.string(),
    sandbox: z.boolean(),
    /** The calling hours in force and the zone they are read in (null hours: any time). */
    callingHours: CallingHours.nullable(),
    zone: z.string(),
  }),
  calls: ReportCalls,
});
export type CampaignReport = z.infer<typeof CampaignReport>;

export const ReportSaved = z.object({
  /** False when the save dialog was closed. */
  saved: z.boolean(),
  /** Where the file went (in the web preview: the file name the browser downloads). */
  filePath: z.string().nullable(),
});
export type ReportSaved = z.infer<typeof ReportSaved>;

const ReportOf = z.strictObject({ id: z.string().min(1).max(200) });

export const reportChannels = {
  /** The report of a campaign of the active account, as the report page shows it. */
  'report:get': { input: ReportOf, output: CampaignReport },
  /** Asks where to save, then writes the campaign's report page as a one-page A4 PDF or a PNG. */
  'report:save': { input: z.strictObject({ id: z.string().min(1).max(200), format: ReportFormat }), output: ReportSaved },
} as const;
