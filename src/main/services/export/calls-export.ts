import { CALL_STATUS_LABELS, type CallStatus } from '../../../shared/exotel';
import { createPhoneNormaliser } from '../../../shared/phone/normalise-phone';
import type { StoredCall } from '../../store/call-details-repo';
import type { CallExportReader } from '../../store/call-export-reader';
import type { CachedCampaign } from '../../store/campaigns-repo';
import { offsetAt, zonedTime, zoneName } from './call-details-csv';
import { numberKey, type CampaignNumbers, type GivenNumber } from './campaign-numbers';
import { callLines } from './call-lines';
import { CsvWriter, type CsvValue } from './csv-writer';
import { fixedOffset, PRESENT_SQL, type CallColumn } from './export-columns';
import { INVALID_NUMBER, whyNotCalled } from './not-called';

export interface CallsFileInput {
  accountId: string;
  cached: CachedCampaign;
  /** One row per number (every number given, called or not) or one per call. */
  latestOnly: boolean;
  filePath: string;
  timeZone: string;
  now: Date;
  given: CampaignNumbers;
  /** For telling an invalid number from one Exotel did not reach. */
  country: string;
}

export interface CallsFileResult {
  rows: number;
  notCalled: number;
}

const col = (id: CallColumn['id'], header: string, kind: CallColumn['kind']): CallColumn => ({ id, header, kind });

/**
 * Headers of the variables that hold something for some number, but not one that only repeats the Name column
 * (the sheet's "Customer Name" kept as a variable too): the file would show the same names twice.
 */
function usedVariables(given: CampaignNumbers): string[] {
  return given.variables.filter((h) => {
    let filled = false;
    let otherThanName = false;
    for (const g of given.byKey.values()) {
      const value = g.variables?.[h]?.trim() ?? '';
      if (value) filled = true;
      if (value !== g.name.trim()) otherThanName = true;
      if (filled && otherThanName) return true;
    }
    return false;
  });
}

function hasNames(given: CampaignNumbers): boolean {
  for (const g of given.byKey.values()) if (g.name) return true;
  return false;
}

/** The file's columns: each one some row has something for. */
function columnsOf(
  input: CallsFileInput,
  present: Record<keyof typeof PRESENT_SQL, boolean>,
  variables: string[],
  notCalled: number,
): CallColumn[] {
  const zone = zoneName(input.timeZone);
  const numbers = input.latestOnly;
  const all: Array<CallColumn | null> = [
    col('number', 'Number', 'id'),
    present.name || hasNames(input.given) ? col('name', 'Name', 'text') : null,
    ...variables.map((h) => col('variable', h, 'auto')),
    col('outcome', numbers ? 'Final outcome' : 'Outcome', 'text'),
    numbers && notCalled > 0 ? col('whyNotCalled', 'Why not called', 'text') : null,
    present.duration ? col('duration', 'Duration (s)', 'number') : null,
    col('attempt', numbers ? 'Calls made' : 'Attempt', 'number'),
    present.started ? col('started', `Started (${zone})`, 'text') : null,
    present.ended ? col('ended', `Ended (${zone})`, 'text') : null,
    present.callerId ? col('callerId', 'Caller ID', 'id') : null,
    present.digit ? col('digit', 'Digit pressed', 'id') : null,
    present.recording ? col('recording', 'Recording URL', 'text') : null,
    present.callSid ? col('callSid', 'Call SID', 'id') : null,
  ];
  return all.filter((c): c is CallColumn => c !== null);
}

/** A call's cells by the CSV writer's own rules: for the rows SQLite leaves to it. */
export function callValues(columns: readonly CallColumn[], call: StoredCall, g: GivenNumber | undefined, timeZone: string): CsvValue[] {
  return columns.map((c) => {
    switch (c.id) {
      case 'number':
        return call.number;
      case 'name':
        return g?.name || call.name || '';
      case 'variable':
        return g?.variables?.[c.header] ?? '';
      case 'outcome':
        return CALL_STATUS_LABELS[call.status as CallStatus] ?? call.statusText;
      case 'whyNotCalled':
        return '';
      case 'duration':
        return call.durationSeconds;
      case 'attempt':
        return call.attempt;
      case 'started':
        return zonedTime(call.startTime ?? call.dateCreated, timeZone);
      case 'ended':
        return zonedTime(call.endTime, timeZone);
      case 'callerId':
        return call.callerId ?? '';
      case 'digit':
        return call.digit ?? '';
      case 'recording':
        return call.recordingUrl ?? '';
      case 'callSid':
        return call.callSid ?? '';
    }
  });
}

function notCalledValues(columns: readonly CallColumn[], g: GivenNumber, why: string): CsvValue[] {
  return columns.map((c) => {
    switch (c.id) {
      case 'number':
        return g.number;
      case 'name':
        return g.name;
      case 'variable':
        return g.variables?.[c.header] ?? '';
      case 'outcome':
        return 'Not called';
      case 'whyNotCalled':
        return why;
      case 'attempt':
        return 0;
      default:
        return '';
    }
  });
}

/**
 * Writes the export of a campaign's calls, each line made from the call's stored values by the CSV writer's
 * rules (callLines); a number's name and variables come from what the campaign was given. The per-number file
 * then lists every number given that got no call, as "Not called" with why.
 */
export async function writeCallsFile(
  reader: CallExportReader,
  input: CallsFileInput,
  o: { signal?: AbortSignal; onRow?: (n: number) => void } = {},
): Promise<CallsFileResult> {
  const { accountId, latestOnly, given, timeZone } = input;
  const id = input.cached.campaign.id;
  // Over every call, not only each number's latest: one more pass over the window of latest calls would cost
  // as much as the export's own reading, and a column some call has is rarely empty for every latest one.
  const present = reader.present(accountId, id, false, PRESENT_SQL);
  const uncalled = new Map(latestOnly ? given.byKey : []);
  if (uncalled.size > 0) for (const number of reader.numbers(accountId, id)) uncalled.delete(numberKey(number));
  const variables = usedVariables(given);
  const columns = columnsOf(input, present, variables, uncalled.size);
  const range = reader.timeRange(accountId, id);
  const offset = range ? fixedOffset((ms) => offsetAt(timeZone, ms), range.from, range.to) : null;
  const lines = callLines(columns, offset, timeZone);

  const writer = await CsvWriter.open(input.filePath, columns);
  try {
    for (const r of reader.rows(accountId, id, latestOnly, lines.select)) {
      o.signal?.throwIfAborted();
      const g = given.byKey.size > 0 ? given.byKey.get(numberKey(String(r[0]))) : undefined;
      const waiting = writer.line(lines.line(r, g));
      if (waiting) await waiting;
      o.onRow?.(writer.written);
    }
    if (uncalled.size > 0) {
      const why = whyNotCalled(input.cached.campaign, input.now);
      const invalidSome = (input.cached.campaign.stats?.invalid ?? 0) > 0;
      const normalise = invalidSome ? createPhoneNormaliser(input.country) : null;
      for (const g of uncalled.values()) {
        o.signal?.throwIfAborted();
        const reason = normalise && !normalise(g.number).ok ? INVALID_NUMBER : why;
        const waiting = writer.row(notCalledValues(columns, g, reason));
        if (waiting) await waiting;
        o.onRow?.(writer.written);
      }
    }
    return { rows: await writer.close(), notCalled: uncalled.size };
  } catch (error) {
    writer.abort();
    throw error;
  }
}
