import type { OutboxItemView } from '../../../shared/outbox/schemas';
import type { OutboxRecord } from '../../store/outbox-repo';
import type { NewOutboxItem } from './types';

export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export const realTimers: Timers = {
  set: (fn, ms) => {
    const t = setTimeout(fn, ms);
    t.unref?.();
    return t;
  },
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export function toView(r: OutboxRecord): OutboxItemView {
  return {
    id: r.id,
    accountId: r.accountId,
    kind: r.kind,
    state: r.state,
    title: r.title,
    key: r.key,
    dependsOn: r.dependsOn,
    draftId: r.draftId,
    campaignId: r.campaignId,
    action: r.item.kind === 'campaign-action' ? r.item.action : null,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    attempts: r.attempts,
    message: r.message,
    choices: r.choices,
    history: r.history,
  };
}

/** A new item as stored: queued, with a launch named by its key. */
export function newRecord(
  id: string,
  item: NewOutboxItem,
  dependsOn: string | null,
  at: string,
  message: string,
): Omit<OutboxRecord, 'seq'> {
  const creates = item.kind === 'campaign-create' || item.kind === 'test-call';
  return {
    id,
    accountId: item.accountId,
    kind: item.kind,
    state: 'queued',
    phase: 'send',
    title: item.title,
    key: item.key,
    dependsOn,
    draftId: creates || item.kind === 'campaign-update' ? item.draftId : null,
    campaignId: item.kind === 'campaign-action' || item.kind === 'campaign-update' ? item.campaignId : null,
    action: item.kind === 'campaign-action' ? item.action : null,
    item: creates ? { ...item, payload: { ...item.payload, input: { ...item.payload.input, name: item.key } } } : item,
    result: null,
    question: null,
    message: null,
    choices: [],
    history: [{ at, state: 'queued', message }],
    attempts: 0,
    checkFailures: 0,
    queuedAt: at,
    createdAt: at,
    updatedAt: at,
  };
}
