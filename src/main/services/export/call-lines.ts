import { CALL_STATUS_LABELS, type CallStatus } from '../../../shared/exotel';
import { zonedTime } from './call-details-csv';
import type { GivenNumber } from './campaign-numbers';
import { csvCell } from './csv-writer';
import type { CallColumn } from './export-columns';

/**
 * A call's stored values for an export of calls, one SQL expression each, read as they are: SQLite hands
 * plain columns over quickly, while formatting cells in SQL (GLOB, CASE, concatenation) cost it three times
 * as long as the whole read.
 */
const RAW_SQL: Record<Exclude<CallColumn['id'], 'variable' | 'whyNotCalled'>, readonly string[]> = {
  number: ['number'],
  name: ['name'],
  outcome: ['status', 'status_text'],
  duration: ['duration'],
  attempt: ['attempt'],
  started: ['coalesce(start_time, date_created)'],
  ended: ['end_time'],
  callerId: ['caller_id'],
  digit: ['digit'],
  recording: ['recording_url'],
  callSid: ['call_sid'],
};

type Cell = (row: readonly unknown[], given: GivenNumber | undefined) => string;

const text = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

// Cells the CSV writer leaves as they are: the common shapes of each column, tested before its general rules.
const PLAIN_TEXT = /^[^=+\-@\t\r\n",][^\r\n",]*$/;
const DIGITS = /^\+?\d+$/;
const WORD = /^[0-9A-Za-z]*[A-DF-Za-df-z][0-9A-Za-z]*$/;
const TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/;

/** A column whose few values repeat (outcomes, durations, caller IDs): each value is formatted once. */
function remembered(value: (row: readonly unknown[]) => unknown, format: (value: unknown) => string): Cell {
  const seen = new Map<unknown, string>();
  return (row) => {
    const v = value(row);
    let cell = seen.get(v);
    if (cell === undefined) {
      cell = format(v);
      if (seen.size < 10_000) seen.set(v, cell);
    }
    return cell;
  };
}

function idText(value: unknown): string {
  const v = text(value);
  if (v === null || v === '') return '';
  if (DIGITS.test(v)) return `"=""${v}"""`;
  return WORD.test(v) ? v : csvCell('id', v);
}

function plainText(value: unknown): string {
  const v = text(value);
  if (v === null || v === '') return '';
  return PLAIN_TEXT.test(v) ? v : csvCell('text', v);
}

/** Exotel's time in the export's zone: when it carries `offset`, the zone's own, its digits are already right. */
function timeCell(at: number, offset: string | null, timeZone: string): Cell {
  const length = 19 + (offset?.length ?? 0);
  return (row) => {
    const v = text(row[at]);
    if (v === null) return '';
    if (offset !== null && v.length === length && v.endsWith(offset) && TIME.test(v)) return `${v.slice(0, 10)} ${v.slice(11, 19)}`;
    return csvCell('text', zonedTime(v, timeZone));
  };
}

function cellOf(c: CallColumn, at: number, offset: string | null, timeZone: string): Cell {
  switch (c.id) {
    case 'number':
    case 'callSid':
      return (r) => idText(r[at]);
    case 'callerId':
    case 'digit':
      return remembered((r) => r[at], idText);
    case 'name':
      // The name the campaign was given for the number comes first, the call's own name (Exotel's) after.
      return (r, g) => (g?.name ? csvCell('text', g.name) : plainText(r[at]));
    case 'variable':
      return (_, g) => csvCell('auto', g?.variables?.[c.header] ?? '');
    case 'recording':
      return remembered((r) => r[at], plainText);
    case 'outcome':
      return remembered(
        (r) => CALL_STATUS_LABELS[r[at] as CallStatus] ?? text(r[at + 1]),
        (v) => csvCell('text', text(v)),
      );
    case 'duration':
      return remembered(
        (r) => r[at],
        (v) => csvCell('number', v === null ? null : Number(v)),
      );
    case 'attempt':
      return remembered(
        (r) => r[at],
        (v) => csvCell('number', Number(v)),
      );
    case 'started':
    case 'ended':
      return timeCell(at, offset, timeZone);
    case 'whyNotCalled':
      return () => '';
  }
}

/**
 * What to read for an export's columns, and how one row read (with what the campaign was given for its
 * number) becomes one CSV line: the same cells as the CSV writer makes from the stored call (callValues), by
 * the writer's own rules for any value off the common shapes. The row's first value is the call's number.
 */
export function callLines(
  columns: readonly CallColumn[],
  offset: string | null,
  timeZone: string,
): { select: string[]; line: (row: readonly unknown[], given?: GivenNumber) => string } {
  const select: string[] = ['number'];
  const cells: Cell[] = [];
  for (const c of columns) {
    const sql = c.id === 'variable' || c.id === 'whyNotCalled' ? [] : RAW_SQL[c.id];
    cells.push(cellOf(c, select.length, offset, timeZone));
    select.push(...sql);
  }
  return {
    select,
    line: (row, given) => {
      let out = '';
      for (let i = 0; i < cells.length; i++) out += i === 0 ? (cells[i] as Cell)(row, given) : `,${(cells[i] as Cell)(row, given)}`;
      return out;
    },
  };
}
