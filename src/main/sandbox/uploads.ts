import Papa from 'papaparse';
import { EXOTEL_LIMITS, STATIC_LIST_COLUMNS } from '../../shared/exotel';
import { dialable } from './phone';
import type { SimUpload, UploadRow } from './state';
import type { World } from './world';

export interface ParsedCsv {
  ok: boolean;
  message: string | null;
  headers: string[];
  rows: UploadRow[];
  stats: SimUpload['stats'];
}

function failed(message: string, total = 0): ParsedCsv {
  return { ok: false, message, headers: [], rows: [], stats: { total, success: 0, failed: total, duplicate: 0 } };
}

/** Reads an uploaded list file the way Exotel's importer does: `number` column required, duplicates and bad numbers counted. */
export function parseListCsv(text: string, type: 'static' | 'dynamic', bytes: number): ParsedCsv {
  if (bytes > EXOTEL_LIMITS.maxCsvBytes) return failed('The file is larger than 60 MB');
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy', transformHeader: (h) => h.trim() });
  const headers = (parsed.meta.fields ?? []).filter((h) => h !== '');
  const rows = parsed.data;
  if (!headers.includes('number')) return failed('The file has no "number" column', rows.length);
  const variables = headers.filter((h) => h !== 'number');
  if (type === 'dynamic' && variables.length > EXOTEL_LIMITS.maxDynamicVariables) {
    return failed(`A dynamic list has at most 5 columns besides number; this file has ${variables.length}`, rows.length);
  }
  const max = type === 'dynamic' ? EXOTEL_LIMITS.maxDynamicListRows : EXOTEL_LIMITS.maxStaticListContacts;
  if (rows.length > max) return failed(`A ${type} list has at most ${max} rows; this file has ${rows.length}`, rows.length);
  const kept = type === 'static' ? variables.filter((h) => (STATIC_LIST_COLUMNS as readonly string[]).includes(h)) : variables;
  const seen = new Set<string>();
  const out: UploadRow[] = [];
  const stats = { total: rows.length, success: 0, failed: 0, duplicate: 0 };
  for (const row of rows) {
    const number = dialable(row.number ?? '');
    if (number === null) stats.failed++;
    else if (seen.has(number)) stats.duplicate++;
    else {
      seen.add(number);
      stats.success++;
      out.push({ number, fields: Object.fromEntries(kept.map((h) => [h, (row[h] ?? '').trim()])) });
    }
  }
  return { ok: true, message: null, headers: type === 'dynamic' ? variables : [], rows: out, stats };
}

/** Background processing is simulated: a couple of seconds plus a moment per thousand rows. */
export function processingTime(rows: number): number {
  return 2000 + Math.ceil(rows / 1000) * 500;
}

/** Once its time has come, an upload's rows join the list (creating contacts for new numbers). */
export function uploadStatus(upload: SimUpload, now: number): 'in-progress' | 'completed' | 'failed' {
  return now < upload.dueAt ? 'in-progress' : upload.outcome;
}

/** Once its time has come, an upload's rows join the list (creating contacts for new numbers). */
export function applyUploadIfDue(world: World, upload: SimUpload, now: number): void {
  if (upload.applied || upload.dueAt > now) return;
  upload.applied = true;
  const list = world.list(upload.listSid);
  if (upload.outcome === 'failed') return;
  if (!list) {
    upload.outcome = 'failed';
    upload.message = 'The list was deleted before the upload finished';
    upload.rows = [];
    return;
  }
  for (const row of upload.rows) {
    const f = row.fields;
    const pick = (key: string): string | null => (upload.type === 'static' && f[key] ? f[key] : null);
    const contact =
      world.contactByDialable(row.number) ??
      world.addContact({
        number: row.number,
        first_name: pick('first_name'),
        last_name: pick('last_name'),
        company_name: pick('company_name'),
        email: pick('email'),
        tag: pick('tag'),
      });
    list.entries.push(upload.type === 'dynamic' ? { contactSid: contact.sid, variables: f } : { contactSid: contact.sid });
  }
  list.updatedAt = upload.dueAt;
  upload.rows = [];
}
