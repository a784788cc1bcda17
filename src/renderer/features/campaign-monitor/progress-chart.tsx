import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { StatSnapshot } from '../../../shared/campaigns/schemas';
import { statsFinished } from '../../../shared/exotel';
import { formatCount, formatDateTime } from '../../lib/format';

interface Point {
  at: string;
  label: string;
  /** Numbers finished since the snapshot before. */
  finishedSince: number;
  answered: number;
}

export function progressPoints(snapshots: readonly StatSnapshot[]): Point[] {
  let before = 0;
  return snapshots.map((s, i) => {
    const finished = statsFinished(s.stats);
    const point = { at: s.at, label: formatDateTime(s.at), finishedSince: i === 0 ? finished : Math.max(0, finished - before), answered: s.stats.completed };
    before = finished;
    return point;
  });
}

/** Progress over time from the numbers each sync found: bars for the numbers finished in each interval, a line for answered so far. */
export function ProgressChart({ snapshots }: { snapshots: readonly StatSnapshot[] }) {
  if (snapshots.length < 2) {
    return (
      <p className="cm-chart-empty muted">
        Progress over time appears after the next sync that finds new numbers: each one adds a point here.
      </p>
    );
  }
  const data = progressPoints(snapshots);
  return (
    <div className="cm-chart" role="img" aria-label={`Progress over ${data.length} syncs: ${formatCount(data[data.length - 1]?.answered ?? 0)} answered so far`}>
      <ResponsiveContainer width="100%" height={180}>
        <ComposedChart data={data} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="var(--border)" vertical={false} />
          <XAxis dataKey="label" tick={{ fill: 'var(--text-muted)', fontSize: 11 }} stroke="var(--border-strong)" minTickGap={24} />
          <YAxis tick={{ fill: 'var(--text-muted)', fontSize: 11 }} stroke="var(--border-strong)" tickFormatter={(v: number) => formatCount(v)} width={48} allowDecimals={false} />
          <Tooltip
            contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--text)', fontSize: 12 }}
            formatter={(value) => formatCount(Number(value))}
          />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey="finishedSince" name="Finished in the interval" fill="var(--info)" isAnimationActive={false} />
          <Line dataKey="answered" name="Answered so far" stroke="var(--ok)" strokeWidth={2} strokeDasharray="5 3" dot={{ r: 3 }} isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
