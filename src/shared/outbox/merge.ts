import type { OutboxItemView } from './schemas';

/**
 * The later of two copies of one outbox item. A call's answer can arrive after the change events it caused (a
 * test call Exotel turned down at once is "failed" before the "queued" copy the call returns), so the copy that
 * has seen more wins, never simply the last to arrive.
 */
export function laterCopy(known: OutboxItemView | undefined, incoming: OutboxItemView): OutboxItemView {
  if (!known) return incoming;
  if (incoming.history.length !== known.history.length) return incoming.history.length > known.history.length ? incoming : known;
  return incoming.updatedAt >= known.updatedAt ? incoming : known;
}

/** `items` with `item` merged in (the later copy kept), new items first. */
export function mergeItem(items: OutboxItemView[], item: OutboxItemView): OutboxItemView[] {
  const at = items.findIndex((i) => i.id === item.id);
  if (at === -1) return [item, ...items];
  const next = [...items];
  next[at] = laterCopy(items[at], item);
  return next;
}
