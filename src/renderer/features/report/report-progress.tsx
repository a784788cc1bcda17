import { CartesianGrid, Legend, Line, LineChart, XAxis, YAxis } from 'recharts';
import type { StatSnapshot } from '../../../shared/campaigns/schemas';
import { statsFinished } from '../../../shared/exotel';
import { formatCount, formatDateTime, formatTime } from '../../lib/format';

/** The chart's size on the A4 page: fixed, so the printed page never waits for a measurement. */
const WIDTH = 690;
const HEIGHT = 190;

interface Point {
  t: number;
  finished: number;
  answered: number;
}

/** Numbers finished and answered so far at each sync, in time order. */
export function cumulativePoints(snapshots: readonly StatSnapshot[]): Point[] {
  return [...snapshots]
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
    .map((s) => ({ t: Date.parse(s.at), finished: statsFinished(s.stats), answered: s.stats.completed }));
}

function evenTicks(first: number, last: number, count = 5): number[] {
  if (!(last > first)) return [first];
  return Array.from({ length: count }, (_, i) => Math.round(first + ((last - first) * i) / (count - 1)));
}

/** Progress over time as the syncs found it: numbers finished so far and answered so far, on a time axis. */
export function ReportProgress({ snapshots, final, timeZone }: { snapshots: readonly StatSnapshot[]; final: boolean; timeZone: string }) {
  const data = cumulativePoints(snapshots);
  if (data.length < 2) {
    return (
      <p className="report-faint">
        {final
          ? 'No progress over time: the app read this campaign’s numbers fewer than two times while it was calling.'
          : 'Progress over time fills in as the app reads the campaign’s numbers while it calls.'}
      </p>
    );
  }
  const first = data[0]!.t;
  const last = data[data.length - 1]!.t;
  const sameDay = new Date(first).toDateString() === new Date(last).toDateString();
  const tickText = (t: number) =>
    sameDay ? formatTime(new Date(t), { timeZone }) : formatDateTime(new Date(t), { timeZone, now: new Date(0) });
  return (
    <div
      role="img"
      aria-label={`Progress from ${formatDateTime(new Date(first), { timeZone })} to ${formatDateTime(new Date(last), { timeZone })}: ${formatCount(data[data.length - 1]!.finished)} numbers finished, ${formatCount(data[data.length - 1]!.answered)} answered`}
    >
      <LineChart width={WIDTH} height={HEIGHT} data={data} margin={{ top: 6, right: 32, bottom: 0, left: 0 }}>
        <CartesianGrid stroke="var(--border)" vertical={false} />
        <XAxis
          dataKey="t"
          type="number"
          scale="time"
          domain={[first, last]}
          ticks={evenTicks(first, last)}
          tickFormatter={tickText}
          tick={{ fill: 'var(--text-muted)', fontSize: 10 }}
          stroke="var(--border-strong)"
        />
        <YAxis
          tick={{ fill: 'var(--text-muted)', fontSize: 10 }}
          stroke="var(--border-strong)"
          tickFormatter={(v: number) => formatCount(v)}
          width={52}
          allowDecimals={false}
        />
        <Legend wrapperStyle={{ fontSize: 11 }} />
        <Line
          dataKey="finished"
          name="Numbers finished so far"
          stroke="var(--info)"
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
        <Line
          dataKey="answered"
          name="Answered so far"
          stroke="var(--ok)"
          strokeWidth={2}
          strokeDasharray="5 3"
          dot={false}
          isAnimationActive={false}
        />
      </LineChart>
    </div>
  );
}
