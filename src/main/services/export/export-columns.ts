import type { CsvColumn } from './csv-writer';

/** The columns an export of calls can hold; one that is empty for every row of the file is left out. */
export type CallColumnId =
  | 'number'
  | 'name'
  | 'outcome'
  | 'whyNotCalled'
  | 'duration'
  | 'attempt'
  | 'started'
  | 'ended'
  | 'callerId'
  | 'digit'
  | 'recording'
  | 'callSid';

export interface CallColumn extends CsvColumn {
  id: CallColumnId | 'variable';
}

/** SQL that is true when a value has something in it: what decides whether its column is kept. */
export const PRESENT_SQL: Record<'name' | 'duration' | 'started' | 'ended' | 'callerId' | 'digit' | 'recording' | 'callSid', string> = {
  name: "coalesce(name, '') <> ''",
  duration: 'duration IS NOT NULL',
  started: "coalesce(start_time, date_created, '') <> ''",
  ended: "coalesce(end_time, '') <> ''",
  callerId: "coalesce(caller_id, '') <> ''",
  digit: "coalesce(digit, '') <> ''",
  recording: "coalesce(recording_url, '') <> ''",
  callSid: "coalesce(call_sid, '') <> ''",
};

/** "+05:30": the zone's offset as Exotel writes it, when the zone keeps one offset over [fromMs, toMs]; else null. */
export function fixedOffset(offsetAt: (ms: number) => number, fromMs: number, toMs: number): string | null {
  const DAY = 86_400_000;
  const first = offsetAt(fromMs);
  // Zones move their clocks at most a few times a year: a check a day finds any move over the campaign's days.
  for (let t = fromMs; t < toMs + DAY; t += DAY) if (offsetAt(Math.min(t, toMs)) !== first) return null;
  const minutes = Math.round(first / 60_000);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
