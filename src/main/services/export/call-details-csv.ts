import { CALL_STATUS_LABELS, type CallStatus } from '../../../shared/exotel';
import type { CallsExportMode } from '../../../shared/campaigns/schemas';
import type { StoredCall } from '../../store/call-details-repo';
import type { CsvColumn, CsvValue } from './csv-writer';

export type { CallsExportMode } from '../../../shared/campaigns/schemas';

/** The local contact list a campaign called, when this computer has it: its variables by number. */
export interface LocalContacts {
  listName: string;
  variables: ReadonlyArray<{ name: string; header: string }>;
  byNumber: ReadonlyMap<string, Readonly<Record<string, string>>>;
}

const NAME_VARIABLES = ['name', 'Name', 'first_name', 'FirstName', 'full_name'];

const HOUR = 3_600_000;
const offsets = new Map<string, number>();

/** The zone's offset from UTC at `ms`; zones change offset only on the hour, so one answer serves the whole hour. */
export function offsetAt(timeZone: string, ms: number): number {
  const hour = Math.floor(ms / HOUR);
  const key = `${timeZone}|${hour}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    const at = hour * HOUR;
    const p: Record<string, string> = {};
    const format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    for (const part of format.formatToParts(at)) p[part.type] = part.value;
    offset = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second)) - at;
    if (offsets.size > 10_000) offsets.clear();
    offsets.set(key, offset);
  }
  return offset;
}

const two = (n: number): string => (n < 10 ? `0${n}` : String(n));

const EXOTEL_TIME = /^(\d{4}-\d\d-\d\d)T(\d\d:\d\d:\d\d)(?:\.\d+)?([+-])(\d\d):(\d\d)$/;
/** Per zone and hour of Exotel's own offset: whether that offset is already the zone's, so the text can be kept. */
const sameOffset = new Map<string, boolean>();

/** "2025-03-03 10:00:05" in the given zone: a form Excel reads as a date and time. */
export function zonedTime(iso: string | null, timeZone: string): string {
  if (!iso) return '';
  // Exotel writes times in the account's zone (+05:30), usually the user's too: then the digits are already right.
  const m = EXOTEL_TIME.exec(iso);
  if (m) {
    const key = `${timeZone}|${iso.slice(0, 13)}|${m[3]}${m[4]}${m[5]}`;
    let same = sameOffset.get(key);
    if (same === undefined) {
      const ms = Date.parse(iso);
      const own = (m[3] === '-' ? -1 : 1) * (Number(m[4]) * 60 + Number(m[5])) * 60_000;
      same = offsetAt(timeZone, ms) === own;
      if (sameOffset.size > 10_000) sameOffset.clear();
      sameOffset.set(key, same);
    }
    if (same) return `${m[1]} ${m[2]}`;
  }
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const d = new Date(ms + offsetAt(timeZone, ms));
  return `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
}

/** A short name for the zone, for the column headers: "IST", "GMT+4"... */
export function zoneName(timeZone: string, at = new Date()): string {
  const part = new Intl.DateTimeFormat('en-IN', { timeZone, timeZoneName: 'short' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

export function callColumns(mode: CallsExportMode, timeZone: string, contacts: LocalContacts | null): CsvColumn[] {
  const zone = zoneName(timeZone);
  return [
    { header: 'Number', kind: 'id' },
    { header: 'Name', kind: 'text' },
    ...(contacts?.variables.map((v): CsvColumn => ({ header: v.header, kind: 'auto' })) ?? []),
    { header: mode === 'numbers' ? 'Final outcome' : 'Outcome', kind: 'text' },
    { header: 'Duration (s)', kind: 'number' },
    { header: mode === 'numbers' ? 'Calls made' : 'Attempt', kind: 'number' },
    { header: `Started (${zone})`, kind: 'text' },
    { header: `Ended (${zone})`, kind: 'text' },
    { header: 'Caller ID', kind: 'id' },
    { header: 'Digit pressed', kind: 'id' },
    { header: 'Recording URL', kind: 'text' },
    { header: 'Call SID', kind: 'id' },
  ];
}

function nameOf(call: StoredCall, vars: Readonly<Record<string, string>> | undefined): string {
  if (call.name) return call.name;
  if (!vars) return '';
  const first = NAME_VARIABLES.map((n) => vars[n]).find((v) => v && v.trim());
  const last = vars.last_name ?? vars.LastName ?? '';
  return [first, last].filter((v) => v && v.trim()).join(' ');
}

export function callCells(call: StoredCall, timeZone: string, contacts: LocalContacts | null): CsvValue[] {
  const vars = contacts?.byNumber.get(call.number);
  return [
    call.number,
    nameOf(call, vars),
    ...(contacts?.variables.map((v) => vars?.[v.name] ?? '') ?? []),
    CALL_STATUS_LABELS[call.status as CallStatus] ?? call.statusText,
    call.durationSeconds,
    call.attempt,
    zonedTime(call.startTime ?? call.dateCreated, timeZone),
    zonedTime(call.endTime, timeZone),
    call.callerId ?? '',
    call.digit ?? '',
    call.recordingUrl ?? '',
    call.callSid ?? '',
  ];
}
