import type { StatSnapshot } from '../campaigns/schemas';
import { emptyStats, type CampaignStats } from '../exotel';

/**
 * A plan's progress over time from its days' snapshots: at each moment any day was read, the plan's numbers are
 * what every day had counted by then (a day not read yet counts nothing), so the plan's figures only ever sum days.
 */
export function joinSnapshots(days: ReadonlyArray<readonly StatSnapshot[]>): StatSnapshot[] {
  const timed = days.map((snapshots) => snapshots.map((s) => ({ t: Date.parse(s.at), stats: s.stats })).sort((a, b) => a.t - b.t));
  const moments = [...new Set(days.flatMap((snapshots) => snapshots.map((s) => s.at)))].sort((a, b) => Date.parse(a) - Date.parse(b));
  return moments.map((at) => {
    const t = Date.parse(at);
    const sum = emptyStats();
    for (const snapshots of timed) {
      const latest = snapshots.findLast((s) => s.t <= t);
      if (latest) for (const key of Object.keys(sum) as (keyof CampaignStats)[]) sum[key] += latest.stats[key];
    }
    return { at, stats: sum };
  });
}
