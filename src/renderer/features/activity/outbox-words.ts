import type { OutboxDecision, OutboxItemView, OutboxKind, OutboxState } from '../../../shared/outbox/schemas';
import type { Tone } from '../../components/badge';

export const STATE_LOOK: Record<OutboxState, { tone: Tone; label: string }> = {
  queued: { tone: 'info', label: 'Queued' },
  sending: { tone: 'accent', label: 'Sending…' },
  done: { tone: 'ok', label: 'Done' },
  failed: { tone: 'bad', label: 'Failed' },
  'needs-confirmation': { tone: 'warn', label: 'Needs your answer' },
};

export const KIND_LABEL: Record<OutboxKind, string> = {
  'campaign-create': 'Launch',
  'test-call': 'Test call',
  'list-send': 'List send',
  'campaign-action': 'Campaign action',
  'campaign-update': 'Campaign changes',
};

export const DECISION_LABEL: Record<OutboxDecision, string> = {
  'launch-now': 'Launch now',
  reschedule: 'Reschedule…',
  discard: 'Discard',
  'mark-done': 'It is on Exotel',
  'send-again': 'Send again',
  retry: 'Retry',
};

/** The answers that act on Exotel, or give up on something, are confirmed first. */
export function confirmationFor(item: OutboxItemView, decision: OutboxDecision): { title: string; body: string; label: string } | null {
  switch (decision) {
    case 'launch-now':
      return {
        title: `Launch “${item.key}” now?`,
        body: 'Exotel starts calling about a minute after it gets it, and the end moves by as much as the start. A placed call cannot be taken back.',
        label: 'Launch now',
      };
    case 'send-again':
      return {
        title: item.kind === 'campaign-update' ? `${item.title}: send again?` : `Send “${item.key}” again?`,
        body:
          item.kind === 'campaign-update'
            ? 'Choose this only if you looked on Exotel and the campaign does not show these changes.'
            : 'Choose this only if you looked on Exotel and it is not there: if it is, Exotel makes it a second time.',
        label: 'Send again',
      };
    case 'discard':
      return {
        title: `Discard “${item.title}”?`,
        body: item.choices.includes('mark-done')
          ? 'Campaign Desk will not send it again. Whatever Exotel already has stays as it is.'
          : 'Nothing will be sent to Exotel.',
        label: 'Discard',
      };
    default:
      return null;
  }
}

/** Unanswered questions first, then what is on its way, then what is finished, newest first within each. */
export function outboxOrder(items: OutboxItemView[]): OutboxItemView[] {
  const rank: Record<OutboxState, number> = { 'needs-confirmation': 0, sending: 1, queued: 2, failed: 3, done: 3 };
  return [...items].sort((a, b) => rank[a.state] - rank[b.state] || b.updatedAt.localeCompare(a.updatedAt));
}

/** A datetime-local value ("2025-03-03T15:00") as RFC 3339 with this computer's offset. */
export function localToRfc3339(local: string): string | null {
  const date = new Date(local);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local) || Number.isNaN(date.getTime())) return null;
  const offset = -date.getTimezoneOffset();
  const abs = Math.abs(offset);
  const zone = `${offset < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `${local}:00${zone}`;
}
