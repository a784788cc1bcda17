import type { OutboxItemView, OutboxProgress } from '../../../shared/outbox/schemas';

export interface LaunchStage {
  /** What the launch is doing, in the user's words. */
  text: string;
  /** The list send's progress while Exotel takes its rows. */
  progress: OutboxProgress | null;
}

/**
 * Where a launch stands. A launch waiting on its list's send says so (not "goes out when Exotel is reachable",
 * which is for offline), with the send's progress as Exotel reports it.
 */
export function launchStage(item: OutboxItemView, items: readonly OutboxItemView[], online: boolean): LaunchStage {
  const list = item.dependsOn ? items.find((i) => i.id === item.dependsOn) : undefined;
  if (item.state === 'queued' && list && list.state !== 'done') {
    if (list.state === 'sending')
      return {
        text: list.progress?.message ? `Sending its list: ${list.progress.message}` : 'Sending its list to Exotel',
        progress: list.progress ?? null,
      };
    if (list.state === 'queued')
      return { text: online ? 'Its list goes to Exotel first' : 'Queued: goes out when Exotel is reachable', progress: null };
    return { text: list.message ?? 'Its list did not reach Exotel', progress: null };
  }
  if (item.state === 'queued') {
    if (!online) return { text: 'Queued: goes out when Exotel is reachable', progress: null };
    return {
      text: item.attempts > 0 ? 'Waiting to try again' : list ? 'Its list is on Exotel; the campaign goes next' : 'Going to Exotel',
      progress: null,
    };
  }
  if (item.state === 'sending') return { text: 'Sending to Exotel', progress: null };
  if (item.state === 'done') return { text: 'Reading it back from Exotel', progress: null };
  return { text: item.message ?? '', progress: null };
}
