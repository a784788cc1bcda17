import type { OutboxItemView, OutboxState } from './schemas';

/**
 * Still on its way: queued, being sent, or waiting for the user's answer. What the status bar counts, what the
 * Activity screen lists first, and what keeps a second action on the same campaign from being queued.
 */
export function isPending(item: Pick<OutboxItemView, 'state'>): boolean {
  return item.state === 'queued' || item.state === 'sending' || item.state === 'needs-confirmation';
}

/** Done, failed or waiting for the user: the send has come to a stop, so whoever waits on it hears back. */
export const isSettled = (state: OutboxState): boolean => state === 'done' || state === 'failed' || state === 'needs-confirmation';
