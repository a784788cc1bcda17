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

/** "2025-03-03 10:00:05" in the given zone: a form Excel reads as a date and time. */
export function zonedTime(iso: string | null, timeZone: string): string {
  if (!iso) return '';
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

/** A short name for the zone, for the column headers: "IST", "GMT+4"... */
export function zoneName(timeZone: string, at = new Date()): string {
  const part = new Intl.DateTimeFormat('en-IN', { timeZone, timeZoneName: 'short' }).formatToParts(at).find((p) => p.type === 'timeZoneName');
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
