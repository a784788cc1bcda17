import type { CellKind, CsvColumn } from './csv-writer';

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

/** Where each column's cell comes from in call_details, and how the CSV writer treats it. */
const SOURCES: Record<Exclude<CallColumnId, 'whyNotCalled' | 'name' | 'outcome'>, { sql: string; kind: CellKind }> = {
  number: { sql: 'number', kind: 'id' },
  duration: { sql: 'duration', kind: 'number' },
  attempt: { sql: 'attempt', kind: 'number' },
  started: { sql: 'coalesce(start_time, date_created)', kind: 'text' },
  ended: { sql: 'end_time', kind: 'text' },
  callerId: { sql: 'caller_id', kind: 'id' },
  digit: { sql: 'digit', kind: 'id' },
  recording: { sql: 'recording_url', kind: 'text' },
  callSid: { sql: 'call_sid', kind: 'id' },
};

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

const FORMULA_START = "('=', '+', '-', '@', char(9), char(13))";

/**
 * A text cell SQLite can write as it is: nothing that starts like a formula or needs quoting. Anything else is
 * NULL, which makes the whole line NULL, and that row is written by the CSV writer's own rules instead.
 */
function textCell(v: string): string {
  return `CASE WHEN ${v} IS NULL THEN '' WHEN substr(${v}, 1, 1) NOT IN ${FORMULA_START} AND instr(${v}, '"') = 0 AND instr(${v}, ',') = 0
    AND instr(${v}, char(10)) = 0 AND instr(${v}, char(13)) = 0 THEN ${v} END`;
}

/** An identifier: digits (with a leading +) as ="..." so Excel keeps them, a word with letters as it is. */
function idCell(v: string): string {
  return `CASE WHEN ${v} IS NULL OR ${v} = '' THEN ''
    WHEN (${v} GLOB '[0-9]*' OR ${v} GLOB '+[0-9]*') AND substr(${v}, 2) NOT GLOB '*[^0-9]*' THEN '"=""' || ${v} || '"""'
    WHEN ${v} NOT GLOB '*[^0-9a-zA-Z]*' AND ${v} GLOB '*[a-df-zA-DF-Z]*' THEN ${v} END`;
}

function numberCell(v: string): string {
  return `CASE WHEN ${v} IS NULL THEN '' WHEN typeof(${v}) = 'integer' THEN CAST(${v} AS TEXT) END`;
}

/** Exotel's time in the export's zone: when Exotel wrote it with that zone's offset, its digits are already right. */
function timeCell(v: string, offset: string | null): string {
  if (offset === null) return `CASE WHEN ${v} IS NULL THEN '' END`;
  return `CASE WHEN ${v} IS NULL THEN '' WHEN ${v} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]${offset}'
    THEN substr(${v}, 1, 10) || ' ' || substr(${v}, 12, 8) END`;
}

const OUTCOME_CELL = `CASE status WHEN 'completed' THEN 'Answered' WHEN 'failed' THEN 'Failed' WHEN 'busy' THEN 'Busy' WHEN 'no-answer' THEN 'No answer' END`;

/** The SQL for one column's cell, or null for a column the export fills itself (name, variables, why not called). */
export function cellSql(id: CallColumn['id'], zoneOffset: string | null): string | null {
  if (id === 'variable' || id === 'whyNotCalled' || id === 'name') return null;
  if (id === 'outcome') return OUTCOME_CELL;
  const source = SOURCES[id];
  if (id === 'started' || id === 'ended') return timeCell(source.sql, zoneOffset);
  if (source.kind === 'id') return idCell(source.sql);
  if (source.kind === 'number') return numberCell(source.sql);
  return textCell(source.sql);
}

/** The call's own name cell (Exotel's), for a line that has no local name for the number. */
export const CALL_NAME_SQL = textCell('name');

/**
 * The cells of `columns` joined into CSV text by SQLite; NULL for a row with any cell it leaves to the writer.
 * The name column takes `nameSql` (the call's own name, when the export has no better one).
 */
export function joinedSql(columns: readonly CallColumn[], zoneOffset: string | null, nameSql = "''"): string {
  const cells = columns.map((c) => (c.id === 'name' ? nameSql : (cellSql(c.id, zoneOffset) ?? "''"))).map((sql) => `(${sql})`);
  return cells.length ? cells.join(" || ',' || ") : "''";
}

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
