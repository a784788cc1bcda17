import type { OutboxDecision, OutboxItemView, OutboxState } from '../../../src/shared/compose/outbox';
import { AppError } from '../../../src/shared/ipc/result';
import type { FakeCore, Handlers } from './fake-core';

const AFTER: Partial<Record<OutboxDecision, { state: OutboxState; message: string }>> = {
  'launch-now': { state: 'queued', message: 'Launching now, as you chose.' },
  reschedule: { state: 'queued', message: 'Rescheduled, as you chose.' },
  discard: { state: 'failed', message: 'Discarded, as you chose; nothing was sent to Exotel.' },
  'mark-done': { state: 'done', message: 'Marked as done: you found it on Exotel.' },
  'send-again': { state: 'queued', message: 'Sending again, as you chose after checking Exotel.' },
  retry: { state: 'queued', message: 'Queued again.' },
};

/** The outbox channels over a list of items; answers move an item as main would and tell the window. */
export function outboxHandlers(core: FakeCore, items: OutboxItemView[], now: () => string): Pick<Handlers, 'outbox:list' | 'outbox:decide'> {
  return {
    'outbox:list': () => items.map((i) => ({ ...i })),
    'outbox:decide': ({ id, decision, sendAt }) => {
      const item = items.find((i) => i.id === id);
      if (!item) throw new AppError('not-found', 'That outbox item no longer exists.');
      if (!item.choices.includes(decision)) throw new AppError('validation', 'That answer does not apply to this item any more.');
      if (decision === 'reschedule' && !sendAt) throw new AppError('validation', 'Choose the new start time.');
      const next = AFTER[decision] as { state: OutboxState; message: string };
      const at = now();
      Object.assign(item, { state: next.state, message: next.message, choices: next.state === 'failed' && decision !== 'discard' ? ['retry'] : [], updatedAt: at });
      item.history = [...item.history, { at, state: next.state, message: next.message }];
      core.calls.push({ channel: 'outbox:decide', input: { id, decision, sendAt } });
      queueMicrotask(() => core.emit('outbox:changed', { ...item }));
      return { ...item };
    },
  };
}
