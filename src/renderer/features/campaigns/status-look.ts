import { CAMPAIGN_STATUS_LABELS, CALL_STATUS_LABELS, type CallStatus, type CampaignStatus } from '../../../shared/exotel';
import type { Tone } from '../../components/badge';

const CAMPAIGN_TONES: Record<CampaignStatus, Tone> = {
  created: 'info',
  'in-progress': 'accent',
  paused: 'warn',
  completed: 'ok',
  failed: 'bad',
  canceled: 'muted',
  deleted: 'muted',
  archived: 'muted',
  unknown: 'muted',
};

/** A status the app does not know is shown exactly as Exotel wrote it. */
export function campaignStatusLook(status: CampaignStatus, statusText: string): { tone: Tone; label: string } {
  return { tone: CAMPAIGN_TONES[status], label: status === 'unknown' ? statusText || 'Unknown' : CAMPAIGN_STATUS_LABELS[status] };
}

const CALL_TONES: Record<CallStatus, Tone> = { completed: 'ok', failed: 'bad', busy: 'warn', 'no-answer': 'muted', unknown: 'muted' };

export function callStatusLook(status: CallStatus, statusText: string): { tone: Tone; label: string } {
  return { tone: CALL_TONES[status], label: status === 'unknown' ? statusText || 'Unknown' : CALL_STATUS_LABELS[status] };
}
