import { z } from 'zod';

/** Every campaign status Exotel documents, in lower case as the app keeps them. */
export const KNOWN_CAMPAIGN_STATUSES = [
  'created',
  'in-progress',
  'paused',
  'completed',
  'failed',
  'canceled',
  'deleted',
  'archived',
] as const;
export type KnownCampaignStatus = (typeof KNOWN_CAMPAIGN_STATUSES)[number];

/** `unknown` stands for any status Exotel may add later; the text it came with is kept beside it. */
export const CampaignStatus = z.enum([...KNOWN_CAMPAIGN_STATUSES, 'unknown']);
export type CampaignStatus = z.infer<typeof CampaignStatus>;

export const FINAL_CAMPAIGN_STATUSES: readonly KnownCampaignStatus[] = ['completed', 'failed', 'canceled', 'deleted', 'archived'];

const SPELLINGS: Record<string, KnownCampaignStatus> = {
  inprogress: 'in-progress',
  cancelled: 'canceled',
};

/**
 * Exotel answers mix casings and spellings ("Created", "in-progress", "paused").
 * Anything unrecognised becomes `unknown` rather than an error, so a new status never breaks a screen.
 */
export function normaliseCampaignStatus(raw: unknown): CampaignStatus {
  if (typeof raw !== 'string') return 'unknown';
  const folded = raw
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  if ((KNOWN_CAMPAIGN_STATUSES as readonly string[]).includes(folded)) return folded as KnownCampaignStatus;
  return SPELLINGS[folded.replace(/-/g, '')] ?? 'unknown';
}

export function isFinalCampaignStatus(status: CampaignStatus): boolean {
  return (FINAL_CAMPAIGN_STATUSES as readonly string[]).includes(status);
}

export const CampaignAction = z.enum(['pause', 'resume', 'complete', 'archive']);
export type CampaignAction = z.infer<typeof CampaignAction>;

/** Which status each action may start from (Exotel's state rules). */
export const ACTION_FROM: Record<CampaignAction, readonly KnownCampaignStatus[]> = {
  pause: ['created', 'in-progress'],
  resume: ['paused'],
  complete: ['paused'],
  archive: ['completed'],
};

export function canApplyAction(status: CampaignStatus, action: CampaignAction): boolean {
  return (ACTION_FROM[action] as readonly string[]).includes(status);
}

export function allowedActions(status: CampaignStatus): CampaignAction[] {
  return CampaignAction.options.filter((action) => canApplyAction(status, action));
}

export const CAMPAIGN_STATUS_LABELS: Record<CampaignStatus, string> = {
  created: 'Scheduled',
  'in-progress': 'Calling',
  paused: 'Paused',
  completed: 'Completed',
  failed: 'Failed',
  canceled: 'Canceled',
  deleted: 'Deleted',
  archived: 'Archived',
  unknown: 'Unknown',
};
