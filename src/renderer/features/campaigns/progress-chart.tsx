import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { StatSnapshot } from '../../../shared/campaigns/schemas';
import { isFinalCampaignStatus, statsFinished } from '../../../shared/exotel';
import { formatCount, formatDateTime, formatTime } from '../../lib/format';
import { useCampaigns } from './campaigns-store';
import { timeTicks } from './time-ticks';

interface Point {
  /** The sync's moment, in ms: the chart's x is time itself, so syncs far apart stand far apart. */
  t: number;
  /** Numbers finished since the snapshot before. */
  finishedSince: number;
  answered: number;
}

export function progressPoints(snapshots: readonly StatSnapshot[]): Point[] {
  let before = 0;
  // In time order, whatever order they were kept in: each bar is what finished since the sync just before.
  const inTime = [...snapshots].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return inTime.map((s, i) => {
    const finished = statsFinished(s.stats);
    const point = { t: Date.parse(s.at), finishedSince: i === 0 ? finished : Math.max(0, finished - before), answered: s.stats.completed };
    before = finished;
    return point;
  });
}

/** Why there is no chart yet, and when there will be one, only if there will. */
export function emptyChartText(count: number, final: boolean): string {
  if (final) {
    return count === 0
      ? 'No progress over time to show: this campaign had ended before the app read its numbers, and an ended campaign’s numbers no longer change.'
      : 'No progress over time to show: the app read this campaign’s numbers once, after it had ended, and an ended campaign’s numbers no longer change.';
  }
  return 'Progress over time appears after the next sync that finds new numbers: each one adds a point here.';
}

/**
 * Progress over time from the numbers each sync found: bars for the numbers finished since the sync before, a line
 * for answered so far, both on a time axis in the user's zone. `final` says the campaign has ended; by default the
 * Campaigns screen’s open campaign tells.
 */
export function ProgressChart({ snapshots, final }: { snapshots: readonly StatSnapshot[]; final?: boolean }) {
  const openStatus = useCampaigns((s) => s.detail?.campaign.status);
  const ended = final ?? (openStatus !== undefined && isFinalCampaignStatus(openStatus));
  if (snapshots.length < 2) return <p className="cm-chart-empty muted">{emptyChartText(snapshots.length, ended)}</p>;
  const data = progressPoints(snapshots);
  const first = data[0]!.t;
  const last = data[data.length - 1]!.t;
  // Room either side so the first and last bars are drawn whole.
  const pad = Math.max((last - first) * 0.04, 30_000);
  const domain: [number, number] = [first - pad, last + pad];
  const ticks = timeTicks(first, last);
  const sameDay = new Date(first).toDateString() === new Date(last).toDateString();
  const tickText = (t: number) => (sameDay ? formatTime(new Date(t)) : formatDateTime(new Date(t)));
  return (
    <div
      className="cm-chart"
      role="img"
      aria-label={`Progress over ${data.length} syncs from ${formatDateTime(new Date(first))} to ${formatDateTime(new Date(last))}: ${formatCount(data[data.length - 1]?.answered ?? 0)} answered so far`}
    >
      <ResponsiveContainer width="100%" height={180}>
        <ComposedChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="var(--border)" vertical={false} />
          <XAxis
            dataKey="t"
            type="number"
            scale="time"
            domain={domain}
            ticks={ticks}
            tickFormatter={tickText}
            tick={{ fill: 'var(--text-muted)', fontSize: 11 }}
            stroke="var(--border-strong)"
            minTickGap={16}
          />
          <YAxis
            tick={{ fill: 'var(--text-muted)', fontSize: 11 }}
            stroke="var(--border-strong)"
            tickFormatter={(v: number) => formatCount(v)}
            width={48}
            allowDecimals={false}
          />
          <Tooltip
            contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--text)', fontSize: 12 }}
            labelFormatter={(t) => `Sync at ${formatDateTime(new Date(Number(t)))}`}
            formatter={(value) => formatCount(Number(value))}
          />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey="finishedSince" name="Finished since the sync before" fill="var(--info)" barSize={10} isAnimationActive={false} />
          <Line
            dataKey="answered"
            name="Answered so far"
            stroke="var(--ok)"
            strokeWidth={2}
            strokeDasharray="5 3"
            dot={{ r: 3 }}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
