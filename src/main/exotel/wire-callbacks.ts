import { z } from 'zod';
import { normaliseCallStatus, normaliseCampaignStatus, type CallStatus, type CampaignStatus } from '../../shared/exotel';
import { optionalString } from './wire-values';

/**
 * Bodies Exotel posts to callback URLs. A desktop app cannot receive them, but a user may paste one
 * from their own server's logs, and the shapes document what each status means.
 */
export interface CampaignStatusCallback {
  campaignSid: string;
  status: CampaignStatus;
  dateCreated: string | null;
  dateUpdated: string | null;
  dateStarted: string | null;
  reportUrl: string | null;
}

export interface CallScheduleCallback {
  campaignSid: string;
  to: string | null;
  from: string | null;
  status: CallStatus;
  calls: { callSid: string; status: CallStatus }[];
  dateCreated: string | null;
}

const CampaignCallback = z.looseObject({
  campaign_sid: z.string(),
  status: optionalString,
  date_created: optionalString,
  date_updated: optionalString,
  date_started: optionalString,
  reports: optionalString,
});

const ScheduleCallback = z.looseObject({
  campaign_sid: z.string(),
  to: optionalString,
  from: optionalString,
  status: optionalString,
  date_created: optionalString,
  call_sids: z.array(z.looseObject({ call_sid: z.string(), status: optionalString })).catch([]),
});

export function toCampaignStatusCallback(raw: unknown): CampaignStatusCallback {
  const w = CampaignCallback.parse(raw);
  return {
    campaignSid: w.campaign_sid,
    status: normaliseCampaignStatus(w.status),
    dateCreated: w.date_created ?? null,
    dateUpdated: w.date_updated ?? null,
    dateStarted: w.date_started ?? null,
    reportUrl: w.reports ?? null,
  };
}

export function toCallScheduleCallback(raw: unknown): CallScheduleCallback {
  const w = ScheduleCallback.parse(raw);
  return {
    campaignSid: w.campaign_sid,
    to: w.to ?? null,
    from: w.from ?? null,
    status: normaliseCallStatus(w.status),
    calls: w.call_sids.map((c) => ({ callSid: c.call_sid, status: normaliseCallStatus(c.status) })),
    dateCreated: w.date_created ?? null,
  };
}
