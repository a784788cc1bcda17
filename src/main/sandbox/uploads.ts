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
  // Row by row (step), so a 100,000-row file is never held as one object per row besides the rows kept.
  const kept: string[] = [];
  let headers: string[] = [];
  let variables: string[] = [];
  let count = 0;
  const seen = new Set<string>();
  const out: UploadRow[] = [];
  const stats = { total: 0, success: 0, failed: 0, duplicate: 0 };
  let first = true;
  const body = text.replace(/^\uFEFF/, '');
  const options = { header: true, skipEmptyLines: 'greedy', transformHeader: (h: string) => h.trim() } as const;
  const takeHeaders = (fields: string[] | undefined): void => {
    first = false;
    headers = (fields ?? []).filter((h) => h !== '');
    variables = headers.filter((h) => h !== 'number');
    kept.push(...(type === 'static' ? variables.filter((h) => (STATIC_LIST_COLUMNS as readonly string[]).includes(h)) : variables));
  };
  Papa.parse<Record<string, string>>(body, {
    ...options,
    step: (result) => {
      if (first) takeHeaders(result.meta.fields);
      count++;
      if (!headers.includes('number')) return;
      const row = result.data;
      const number = dialable(row.number ?? '');
      if (number === null) stats.failed++;
      else if (seen.has(number)) stats.duplicate++;
      else {
        seen.add(number);
        stats.success++;
        const fields: Record<string, string> = {};
        for (const h of kept) fields[h] = (row[h] ?? '').trim();
        out.push({ number, fields });
      }
    },
  });
  stats.total = count;
  // A file of a header alone has no row to step through.
  if (first) takeHeaders(Papa.parse<Record<string, string>>(body, { ...options, preview: 1 }).meta.fields);
  if (!headers.includes('number')) return failed('The file has no "number" column', count);
  if (type === 'dynamic' && variables.length > EXOTEL_LIMITS.maxDynamicVariables) {
    return failed(`A dynamic list has at most 5 columns besides number; this file has ${variables.length}`, count);
  }
  const max = type === 'dynamic' ? EXOTEL_LIMITS.maxDynamicListRows : EXOTEL_LIMITS.maxStaticListContacts;
  if (count > max) return failed(`A ${type} list has at most ${max} rows; this file has ${count}`, count);
  return { ok: true, message: null, headers: type === 'dynamic' ? variables : [], rows: out, stats };
}

/** Background processing is simulated: 2 s plus 0.5 s per 1,000 rows (the figure bench:launch measures a launch against). */
export function processingTime(rows: number): number {
  return 2000 + Math.round(rows / 2);
}

/**
 * The counts an upload shows while Exotel works on it: its rows are taken at an even pace over the processing
 * time, so a status read halfway says about half of them. An upload saved before `acceptedAt` was kept shows none.
 */
export function statsSoFar(upload: SimUpload, now: number): SimUpload['stats'] {
  const { total, success, failed, duplicate } = upload.stats;
  if (now >= upload.dueAt) return upload.stats;
  const span = upload.dueAt - (upload.acceptedAt ?? upload.dueAt);
  const share = span > 0 ? Math.max(0, Math.min(1, (now - (upload.acceptedAt ?? now)) / span)) : 0;
  return { total, success: Math.floor(success * share), failed: Math.floor(failed * share), duplicate: Math.floor(duplicate * share) };
}

/** In progress until its processing time has passed, then how it ended. */
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
      world.addContact(
        {
          number: row.number,
          first_name: pick('first_name'),
          last_name: pick('last_name'),
          company_name: pick('company_name'),
          email: pick('email'),
          tag: pick('tag'),
        },
        row.number,
      );
    list.entries.push(upload.type === 'dynamic' ? { contactSid: contact.sid, variables: f } : { contactSid: contact.sid });
  }
  list.updatedAt = upload.dueAt;
  upload.rows = [];
}
