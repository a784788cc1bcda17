import { wireFor, type Wire } from './dialect';
import type { SimCampaign } from './state';

/** Exotel's stat names, each number of the campaign counted in exactly one. */
export function statsOf(c: SimCampaign): Record<string, number> {
  const stats: Record<string, number> = {
    created: 0,
    'in-progress': 0,
    retry: 0,
    retrying: 0,
    failed: 0,
    'failed-dnd': 0,
    invalid: 0,
    paused: 0,
    'failed-no-attempt': 0,
    completed: 0,
    pending: 0,
  };
  const paused = c.status === 'paused';
  for (const t of c.targets) {
    const key = {
      queued: paused ? 'paused' : 'created',
      dialing: t.tries > 1 ? 'retrying' : 'in-progress',
      'retry-wait': paused ? 'paused' : 'retry',
      completed: 'completed',
      failed: 'failed',
      dnd: 'failed-dnd',
      'not-attempted': 'failed-no-attempt',
    }[t.state];
    stats[key] = (stats[key] ?? 0) + 1;
  }
  return stats;
}

const OWN = wireFor('sandbox');

/** Counts of calls (attempts): initialized = completed + failed + in progress. */
export function summaryOf(c: SimCampaign, wire: Wire = OWN): Record<string, number | string> {
  let completed = 0;
  let failed = 0;
  for (const a of c.attempts) {
    if (!a.ended) continue;
    if (a.outcome === 'completed') completed++;
    else failed++;
  }
  const waiting = c.targets.filter((t) => t.state === 'queued' || t.state === 'retry-wait').length;
  return {
    campaign_sid: c.id,
    call_scheduled: waiting,
    call_initialized: c.attempts.length,
    call_completed: completed,
    call_failed: failed,
    call_inprogress: c.active.length,
    DateCreated: wire.timeFine(c.createdAt),
  };
}

/** `origin` is where the Sandbox was reached, so the report URL it gives can be downloaded from there. */
export function campaignData(
  c: SimCampaign,
  accountSid: string,
  origin = 'https://sandbox.invalid',
  wire: Wire = OWN,
): Record<string, unknown> {
  const s = c.settings;
  const finished = c.status === 'completed' || c.status === 'archived' || c.status === 'canceled';
  return {
    id: c.id,
    account_sid: accountSid,
    name: s.name,
    type: s.type,
    ...(s.from ? { from: s.from } : {}),
    ...(s.lists ? { lists: s.lists } : {}),
    caller_id: s.caller_id,
    campaign_type: s.campaign_type,
    ...(s.flow_type ? { flow_type: s.flow_type } : {}),
    ...(s.read_via_text !== null ? { read_via_text: s.read_via_text } : {}),
    ...(s.repeat_menu_attempts !== null ? { repeat_menu_attempts: s.repeat_menu_attempts } : {}),
    url: s.url,
    retries: s.retries,
    schedule: { send_at: wire.time(s.send_at), end_at: wire.time(s.end_at) },
    status_callback: s.status_callback,
    call_status_callback: s.call_status_callback,
    call_schedule_callback: s.call_schedule_callback,
    custom_field: s.custom_field,
    date_created: wire.time(c.createdAt),
    date_updated: wire.time(c.updatedAt),
    status: wire.campaignStatus(c.status),
    uri: `/v2/accounts/${accountSid}/campaigns/${c.id}`,
    ...(finished ? { report_url: `${origin}/campaign-reports/${c.id}.csv` } : {}),
    call_status_callback_params: null,
    call_duplicate_numbers: s.call_duplicate_numbers,
    stats: statsOf(c),
    mode: s.mode,
    ...(s.mode === 'custom' ? { throttle: s.throttle } : {}),
  };
}

export function callDetailRow(c: SimCampaign, attemptIndex: number, wire: Wire = OWN): Record<string, unknown> {
  const a = c.attempts[attemptIndex];
  if (!a) throw new RangeError(`no attempt ${attemptIndex}`);
  const t = c.targets[a.target];
  const end = a.at + a.durationS * 1000;
  return {
    number: t?.number ?? '',
    name: t?.name ?? 'NA',
    duration: a.durationS,
    date_created: wire.time(a.at),
    // A blocked (DND) number is reported as a failed call.
    status: a.outcome === 'failed-dnd' ? 'failed' : a.outcome,
    digit: a.digit,
    recording_url: '',
    start_time: wire.time(a.at),
    end_time: wire.time(end),
    caller_id: c.settings.caller_id,
    direction: 'Outgoing',
    call_sid: a.sid,
  };
}

/** The finished campaign's report as Exotel hosts it: a CSV anyone with the address can download. */
export function reportCsv(c: SimCampaign): string {
  const lines = ['Number,Status,Duration,Date Created,Call SID'];
  c.attempts.forEach((a, i) => {
    if (!a.ended) return;
    const row = callDetailRow(c, i);
    lines.push([row.number, row.status, row.duration, row.date_created, row.call_sid].map(String).join(','));
  });
  return `${lines.join('\n')}\n`;
}
