import type { OutboxItemView } from '../../../shared/compose/outbox';
import type { OutboxRecord } from '../../store/outbox-repo';

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

