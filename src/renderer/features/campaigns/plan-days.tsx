import { dayPhase } from '../../../shared/plans/action-preview';
import type { PlanView } from '../../../shared/plans/schemas';
import { Badge, type Tone } from '../../components/badge';
import { formatCount, formatTime } from '../../lib/format';
import { campaignStatusLook } from './status-look';

type PlanDayView = PlanView['days'][number];

function dayLook(d: PlanDayView, now: Date): { tone: Tone; label: string; hint: string } {
  const phase = dayPhase(d, now);
  if (phase === 'queued')
    return {
      tone: 'info',
      label: 'Queued',
      hint:
        d.itemState === 'needs-confirmation'
          ? 'Its launch waits for your answer in Activity.'
          : 'Its campaign is waiting in the outbox to be created on Exotel.',
    };
  if (phase === 'launch-failed')
    return { tone: 'bad', label: 'Launch failed', hint: 'Its campaign could not be created; see Activity for why.' };
  if (!d.campaign) return { tone: 'muted', label: 'Not read yet', hint: 'Created on Exotel; refresh to read it.' };
  const look = campaignStatusLook(d.campaign.status, d.campaign.statusText);
  return { ...look, hint: phase === 'not-started' && d.campaign.status === 'created' ? 'Waits for its start.' : '' };
}

const dateOf = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', day: 'numeric', month: 'short' }).format(new Date(iso));

/** "09:00–21:00 IST": the zone named once when both ends share it. */
function hours(sendAt: string, endAt: string | null, zone: string): string {
  const from = formatTime(sendAt, { timeZone: zone });
  if (!endAt) return `from ${from}`;
  const to = formatTime(endAt, { timeZone: zone });
  const [fromTime, fromZone] = from.split(' ');
  return to.endsWith(` ${fromZone ?? ''}`) ? `${fromTime}–${to}` : `${from}–${to}`;
}

/** The plan's days in a table: when each calls, how many numbers it has, how it stands and what it did. */
export function PlanDays({ plan, now }: { plan: PlanView; now: Date }) {
  const zone = plan.zone;
  return (
    <section className="plan-days" aria-label="Days of the plan">
      <h3>Days</h3>
      <div className="table-wrap">
        <table className="table plan-days-table" aria-label="Days">
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Date</th>
              <th scope="col">Calling hours</th>
              <th scope="col" className="cell-num">
                Numbers
              </th>
              <th scope="col">Status</th>
              <th scope="col" className="cell-num">
                Calls
              </th>
              <th scope="col" className="cell-num">
                Answered
              </th>
            </tr>
          </thead>
          <tbody>
            {plan.days.map((d) => {
              const look = dayLook(d, now);
              const sendAt = d.campaign?.sendAt ?? d.sendAt;
              const endAt = d.campaign?.endAt ?? d.endAt;
              return (
                <tr key={d.day}>
                  <th scope="row">
                    Day {d.day} of {plan.days.length}
                  </th>
                  <td>{dateOf(sendAt, zone)}</td>
                  <td className="num">{hours(sendAt, endAt, zone)}</td>
                  <td className="num cell-num">{formatCount(d.numbers)}</td>
                  <td title={look.hint || undefined}>
                    <Badge tone={look.tone}>{look.label}</Badge>
                    {look.hint ? <span className="visually-hidden"> {look.hint}</span> : null}
                  </td>
                  <td className="num cell-num">{d.campaign?.calls === null || !d.campaign ? '—' : formatCount(d.campaign.calls)}</td>
                  <td className="num cell-num">{d.campaign?.stats ? formatCount(d.campaign.stats.completed) : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
