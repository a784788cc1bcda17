import type { KnownCampaignStatus } from '../../shared/exotel';
import type { SimClockState } from './clock';

export type CallOutcome = 'completed' | 'busy' | 'no-answer' | 'failed' | 'failed-dnd';

/** Where one number of a campaign stands. */
export type TargetState = 'queued' | 'dialing' | 'retry-wait' | 'completed' | 'failed' | 'dnd' | 'not-attempted';

export interface Target {
  number: string;
  name: string | null;
  state: TargetState;
  tries: number;
  /** When the call in progress ends, or when the next retry is due. */
  dueAt: number;
}

export interface Attempt {
  target: number;
  /** 1 for the first call to the number, 2 for its first retry... */
  n: number;
  at: number;
  durationS: number;
  outcome: CallOutcome;
  sid: string;
  digit: string | null;
  ended: boolean;
}

export interface RetrySettings {
  number_of_retries: number;
  interval_mins: number;
  mechanism: 'Linear' | 'Exponential';
  on_status: string[];
}

/** A campaign's settings under Exotel's field names, after validation and defaults. */
export interface CampaignSettings {
  name: string;
  type: 'trans';
  caller_id: string;
  from: string[] | null;
  lists: string[] | null;
  campaign_type: 'static' | 'dynamic';
  flow_type: string | null;
  url: string | null;
  read_via_text: string | null;
  repeat_menu_attempts: number | null;
  retries: RetrySettings | null;
  mode: 'auto' | 'custom';
  throttle: number | null;
  call_duplicate_numbers: boolean;
  status_callback: string | null;
  call_status_callback: string | null;
  call_schedule_callback: string | null;
  custom_field: string | null;
  send_at: number;
  end_at: number;
}

export interface SimCampaign {
  id: string;
  seed: number;
  settings: CampaignSettings;
  status: KnownCampaignStatus;
  createdAt: number;
  updatedAt: number;
  /** True once the numbers were loaded and calling began. */
  started: boolean;
  /** Simulated up to this time. */
  cursor: number;
  nextPlaceAt: number;
  nextFresh: number;
  targets: Target[];
  attempts: Attempt[];
  /** Attempt indexes of calls in progress, earliest end first. */
  active: number[];
  /** Target indexes waiting to retry, earliest due first. */
  retryQueue: number[];
  /** Calling stopped for good (completed, canceled, window closed); calls in progress still end. */
  closed: boolean;
}

export interface ListEntry {
  contactSid: string;
  variables?: Record<string, string>;
}

export interface SimList {
  sid: string;
  name: string;
  tag: string | null;
  type: 'static' | 'dynamic';
  headers: string[];
  entries: ListEntry[];
  createdAt: number;
  updatedAt: number;
}

export interface SimContact {
  sid: string;
  number: string;
  first_name: string | null;
  last_name: string | null;
  company_name: string | null;
  email: string | null;
  tag: string | null;
  createdAt: number;
}

export interface UploadRow {
  number: string;
  fields: Record<string, string>;
}

export interface SimUpload {
  id: string;
  listSid: string;
  type: 'static' | 'dynamic';
  /** When the background processing finishes, in simulated time. */
  dueAt: number;
  /** When Exotel took the file, in simulated time; absent in snapshots from before it was kept. */
  acceptedAt?: number;
  /** How processing ends; until dueAt the upload shows as in-progress. */
  outcome: 'completed' | 'failed';
  applied: boolean;
  stats: { total: number; success: number; failed: number; duplicate: number };
  message: string | null;
  /** Rows waiting to be added to the list when processing finishes. */
  rows: UploadRow[];
}

export interface SandboxState {
  version: 1;
  account: { accountSid: string; apiKey: string; apiToken: string; accountThrottle: number };
  seed: number;
  idCounter: number;
  clock: SimClockState;
  campaigns: SimCampaign[];
  lists: SimList[];
  contacts: SimContact[];
  uploads: SimUpload[];
}
