import type { LaunchSummary } from '../../../shared/compose/views';
import { countOf, formatCount, formatDateTime } from '../../lib/format';

const IST = 'Asia/Kolkata';

/** "21:00 IST", or "10:30 SGT (08:00 IST)" when the user's zone is not India's. */
export function bothZones(iso: string, timeZone: string, now?: Date): string {
  const opts = now ? { now } : {};
  const own = formatDateTime(iso, { ...opts, timeZone });
  if (timeZone === IST || timeZone === 'Asia/Calcutta') return own;
  return `${own} (${formatDateTime(iso, { ...opts, timeZone: IST })})`;
}

const ROUTE: Record<LaunchSummary['route'], string> = {
  from: 'sent with the campaign',
  'static-list': 'sent to Exotel as a static list first',
  'dynamic-list': 'sent to Exotel as a dynamic list first',
  'exotel-lists': 'from the Exotel lists chosen',
};

/** Which fact a summary line states: screens pick lines by it, never by their words. */
export type SummaryKey =
  'calls' | 'from' | 'starts' | 'ends' | 'hours' | 'outside-hours' | 'plan' | 'rate' | 'retries' | 'likely-done' | 'not-reached';

export interface SummaryLine {
  key: SummaryKey;
  label: string;
  text: string;
  warn?: boolean;
}

const STATUS_WORDS: Record<string, string> = { busy: 'busy', 'no-answer': 'not answered', failed: 'failed' };

export function retriesText(r: LaunchSummary['retries']): string {
  if (r.count === 0) return 'No retries.';
  const when = r.onStatus.map((s) => STATUS_WORDS[s] ?? s).join(', ') || 'never (no outcome chosen)';
  const spacing = r.mechanism === 'Exponential' ? ', each wait twice the last' : '';
  return `Up to ${countOf(r.count, 'retry', 'retries')}, ${r.intervalMins} min apart${spacing}, when a call was ${when}.`;
}

/** The hours the campaign keeps, and why an Indian one may call outside 09:00–21:00. */
function hoursLines(s: LaunchSummary): SummaryLine[] {
  if (!s.hours) return [];
  const zone = s.hours.zone === 'Asia/Kolkata' ? 'IST' : s.hours.zone;
  const lines: SummaryLine[] = [
    {
      key: 'hours',
      label: 'Calling hours',
      text: `${s.hours.text} ${zone}${s.hours.startMoved ? '; the start moved to their next opening' : ''}`,
    },
  ];
  if (s.hours.widenReason)
    lines.push({ key: 'outside-hours', label: 'Outside 09:00–21:00', text: `Allowed because: ${s.hours.widenReason}`, warn: true });
  return lines;
}

/** "Say it before it happens", one line a fact. */
export function summaryLines(s: LaunchSummary, now?: Date): SummaryLine[] {
  const lines: SummaryLine[] = [
    { key: 'calls', label: 'Calls', text: `${countOf(s.numbers, 'number')}, ${ROUTE[s.route]}` },
    { key: 'from', label: 'From', text: s.callerId },
    { key: 'starts', label: 'Starts', text: bothZones(s.startsAt, s.timeZone, now) },
    {
      key: 'ends',
      label: 'Ends',
      text: `${bothZones(s.endsAt, s.timeZone, now)}${s.plan ? ', when the last day’s calling hours close' : s.hours?.endsAtClose ? ', when the calling hours close' : ''}`,
    },
    ...hoursLines(s),
    ...(s.plan
      ? [{ key: 'plan' as const, label: 'Daily runs', text: `${s.plan.text}. Each day is its own campaign on Exotel, created now.` }]
      : []),
    { key: 'rate', label: 'Rate', text: `${countOf(s.callsPerMinute, 'call')} a minute` },
    { key: 'retries', label: 'Retries', text: retriesText(s.retries) },
    {
      key: 'likely-done',
      label: 'Likely done',
      text: `${bothZones(s.expectedFinishAt, s.timeZone, now)}${s.plan ? `, on day ${s.plan.days.length} of ${s.plan.days.length}` : ''}, after about ${countOf(s.expectedCalls, 'call')}`,
    },
  ];
  if (s.notReachedBeforeEnd > 0) {
    lines.push({
      key: 'not-reached',
      label: 'Not reached',
      text: s.hours?.endsAtClose
        ? `About ${countOf(s.notReachedBeforeEnd, 'number')} of ${formatCount(s.numbers)} are expected to be left uncalled when the calling hours close at ${formatDateTime(s.endsAt, { ...(now ? { now } : {}), timeZone: s.timeZone })}. Call faster or fewer numbers, and call the rest another day.`
        : `About ${countOf(s.notReachedBeforeEnd, 'number')} will not be called before it ends at ${formatDateTime(s.endsAt, { ...(now ? { now } : {}), timeZone: s.timeZone })}. Start earlier, end later or call faster.`,
      warn: true,
    });
  }
  return lines;
}
