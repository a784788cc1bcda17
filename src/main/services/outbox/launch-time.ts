import type { CampaignCreateInput } from '../../../shared/exotel';

/** A launch may go a minute after its start without asking: the start is then Exotel's "at once". */
const GRACE_MS = 60_000;
/** A launch meant to start at once that waited longer than this asks again: a placed call cannot be taken back. */
export const MAX_WAIT_MS = 30 * 60_000;

const OFFSET = /(Z|([+-])(\d{2}):(\d{2}))$/;

function offsetMinutes(text: string): number {
  const m = OFFSET.exec(text);
  if (!m || m[1] === 'Z') return 0;
  const minutes = Number(m[3]) * 60 + Number(m[4]);
  return m[2] === '-' ? -minutes : minutes;
}

function zoneLabel(offset: number): string {
  if (offset === 330) return 'IST';
  if (offset === 0) return 'UTC';
  const abs = Math.abs(offset);
  return `UTC${offset < 0 ? '−' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

const two = (n: number): string => String(n).padStart(2, '0');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "10:00", or "3 Mar 10:00" when `ms` is on another day than `other`, both as seen at `offset` minutes from UTC. */
function clock(ms: number, offset: number, other: number): string {
  const local = new Date(ms + offset * 60_000);
  const otherLocal = new Date(other + offset * 60_000);
  const time = `${two(local.getUTCHours())}:${two(local.getUTCMinutes())}`;
  return local.toISOString().slice(0, 10) === otherLocal.toISOString().slice(0, 10)
    ? time
    : `${local.getUTCDate()} ${MONTHS[local.getUTCMonth()]} ${time}`;
}

/** The same instant moved by `ms`, written with the offset it had. */
export function shiftRfc3339(text: string, ms: number): string {
  const offset = offsetMinutes(text);
  const local = new Date(Date.parse(text) + ms + offset * 60_000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const zone = `${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
  return `${local.toISOString().slice(0, 19)}${zone}`;
}

/**
 * Null while the launch may still go as the user confirmed it; otherwise the question to ask. A start given by the
 * user that has passed, or a start "at once" that has waited longer than 30 minutes, both ask.
 */
export function staleLaunchQuestion(input: CampaignCreateInput, queuedAt: number, now: number, localOffset: number): string | null {
  const sendAt = input.schedule?.sendAt;
  let planned: number;
  let offset: number;
  if (sendAt) {
    planned = Date.parse(sendAt);
    offset = offsetMinutes(sendAt);
    if (now <= planned + GRACE_MS) return null;
  } else {
    planned = queuedAt;
    offset = localOffset;
    if (now - queuedAt <= MAX_WAIT_MS) return null;
  }
  const zone = zoneLabel(offset);
  return `This was to start at ${clock(planned, offset, now)} ${zone}; it is ${clock(now, offset, planned)} ${zone}. Launch now, reschedule, or discard?`;
}

/** The schedule for "launch now": Exotel's own start (about a minute after it is made), the end moved by as much. */
export function launchNowSchedule(input: CampaignCreateInput, queuedAt: number, now: number): CampaignCreateInput['schedule'] {
  const sendAt = input.schedule?.sendAt;
  const endAt = input.schedule?.endAt;
  if (!endAt) return undefined;
  const from = sendAt ? Date.parse(sendAt) : queuedAt;
  return { endAt: shiftRfc3339(endAt, Math.max(0, now - from)) };
}

/** The schedule for a new start: the end moves by as much as the start. */
export function rescheduled(input: CampaignCreateInput, queuedAt: number, sendAt: string): NonNullable<CampaignCreateInput['schedule']> {
  const old = input.schedule?.sendAt;
  const endAt = input.schedule?.endAt;
  const delta = Date.parse(sendAt) - (old ? Date.parse(old) : queuedAt);
  return endAt ? { sendAt, endAt: shiftRfc3339(endAt, delta) } : { sendAt };
}
