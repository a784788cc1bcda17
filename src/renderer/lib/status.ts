import type { ConnectionOutcome } from '../../shared/accounts/schemas';
import type { RowStatus } from '../../shared/contacts/schemas';
import type { Tone } from '../components/badge';

/** The same meaning, colour and word everywhere: valid/completed green, invalid/failed red, duplicate/busy amber. */
export const ROW_STATUS: Record<RowStatus, { tone: Tone; label: string }> = {
  valid: { tone: 'ok', label: 'Valid' },
  invalid: { tone: 'bad', label: 'Invalid' },
  duplicate: { tone: 'warn', label: 'Duplicate' },
};

export const CALL_STATUS: Record<'completed' | 'failed' | 'busy' | 'no-answer' | 'pending', { tone: Tone; label: string }> = {
  completed: { tone: 'ok', label: 'Completed' },
  failed: { tone: 'bad', label: 'Failed' },
  busy: { tone: 'warn', label: 'Busy' },
  'no-answer': { tone: 'muted', label: 'No answer' },
  pending: { tone: 'info', label: 'Pending' },
};

export function connectionTone(outcome: ConnectionOutcome): Tone {
  if (outcome === 'accepted') return 'ok';
  if (outcome === 'rate-limited' || outcome === 'timeout' || outcome === 'unreachable') return 'warn';
  return 'bad';
}

export function connectionLabel(outcome: ConnectionOutcome): string {
  switch (outcome) {
    case 'accepted':
      return 'Connected';
    case 'bad-credentials':
      return 'Wrong key or token';
    case 'forbidden':
      return 'Not allowed';
    case 'account-not-found':
      return 'Account SID not found';
    case 'unreachable':
      return 'Host unreachable';
    case 'timeout':
      return 'Timed out';
    case 'server-error':
      return 'Exotel error';
    case 'rate-limited':
      return 'Too many requests';
    case 'keychain':
      return 'Keychain problem';
    case 'not-exotel':
      return 'Not Exotel';
    default:
      return 'Unexpected answer';
  }
}
