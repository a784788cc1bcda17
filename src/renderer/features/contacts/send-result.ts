import type { ExotelListLink } from '../../../shared/contacts/schemas';
import type { JobResult } from '../../../shared/jobs/schemas';
import { formatDateTime, formatTime } from '../../lib/format';

type ListType = ExotelListLink['type'];

export interface SendOutcome {
  accepted: number;
  duplicates: number;
  failed: number;
  sid: string | null;
  /** A static list sent again: what Exotel accepted was added, its duplicates were already in the list. */
  topUp: boolean;
}

/**
 * The figures of a send that finished. A cancelled or failed send has none of its own, and the figures the list
 * keeps may be an earlier send's, so those say what happened in words only.
 */
export function sendOutcome(result: JobResult<'upload'> | undefined): SendOutcome | null {
  if (!result) return null;
  return {
    accepted: result.accepted,
    duplicates: result.duplicates,
    failed: result.failed,
    sid: result.sid,
    topUp: result.reused && result.type === 'static',
  };
}

/**
 * What sending as `type` will do, given the Exotel lists this list already has on the account: each list has one
 * static and one dynamic Exotel list, each made once and reused after.
 */
export function sendAgainText(type: ListType, links: readonly ExotelListLink[]): string | null {
  const mine = links.find((l) => l.type === type);
  const other = links.find((l) => l.type !== type);
  if (!mine && !other) return null;
  const sent = [mine, other]
    .filter((l): l is ExotelListLink => l !== undefined)
    .sort((a, b) => (a.type === 'static' ? -1 : b.type === 'static' ? 1 : 0))
    .map((l) => `as a ${l.type} list ${when(l.sentAt)}`)
    .join(' and ');
  const what = `This list went to Exotel on this account ${sent}.`;
  if (!mine) {
    return `${what} Sending it as ${type} makes its ${type} list, kept apart from the ${other!.type} one and reused by every later ${type} send.`;
  }
  return type === 'static'
    ? `${what} Sending it as static again adds only the numbers missing from that same static list; it does not make a second one.`
    : `${what} Sending it as dynamic again reuses that same dynamic list as it is; the file is not uploaded twice.`;
}

/** "today at 10:30 IST", "on 27 Nov 10:30 IST". */
function when(iso: string): string {
  const full = formatDateTime(iso);
  return full === formatTime(iso) ? `today at ${full}` : `on ${full}`;
}
