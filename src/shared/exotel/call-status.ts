import { z } from 'zod';

/** Statuses a call-details row can carry. */
export const KNOWN_CALL_STATUSES = ['completed', 'failed', 'busy', 'no-answer'] as const;
export type KnownCallStatus = (typeof KNOWN_CALL_STATUSES)[number];

export const CallStatus = z.enum([...KNOWN_CALL_STATUSES, 'unknown']);
export type CallStatus = z.infer<typeof CallStatus>;

export function normaliseCallStatus(raw: unknown): CallStatus {
  if (typeof raw !== 'string') return 'unknown';
  const folded = raw
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  if (folded === 'noanswer') return 'no-answer';
  return (KNOWN_CALL_STATUSES as readonly string[]).includes(folded) ? (folded as KnownCallStatus) : 'unknown';
}

/** Call outcomes a campaign can retry on. */
export const RetryOnStatus = z.enum(['busy', 'no-answer', 'failed']);
export type RetryOnStatus = z.infer<typeof RetryOnStatus>;

export const CALL_STATUS_LABELS: Record<CallStatus, string> = {
  completed: 'Answered',
  failed: 'Failed',
  busy: 'Busy',
  'no-answer': 'No answer',
  unknown: 'Unknown',
};
