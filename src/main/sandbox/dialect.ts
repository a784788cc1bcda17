import type { CampaignStatus } from '../../shared/exotel';
import { formatTime, formatTimeFine } from './time';

/**
 * How the Sandbox writes its answers. `sandbox`: its own forms (rows wrapped as items, 207 for bulk reads,
 * `in-progress` beside `Created`, `+05:30` times, offset paging). `docs`: the forms Exotel's documentation shows
 * (rows straight in `response` keyed by `id`, 200 for bulk reads, `InProgress`, UTC times with `Z`,
 * `next_page_uri` paging of lists and contacts, flat CSV upload counts, single resources as one object). The app must read both.
 */
export const SANDBOX_DIALECTS = ['sandbox', 'docs'] as const;
export type SandboxDialect = (typeof SANDBOX_DIALECTS)[number];

/** Reads a dialect's name; `where` names the option or variable in the message. */
export function parseDialect(raw: string | undefined, where: string): SandboxDialect {
  if (raw === undefined || raw.trim() === '') return 'sandbox';
  const name = raw.trim().toLowerCase();
  if ((SANDBOX_DIALECTS as readonly string[]).includes(name)) return name as SandboxDialect;
  throw new Error(`${where} must be ${SANDBOX_DIALECTS.join(' or ')}, not "${raw}"`);
}

/** The variable the test host, the preview and a development build read to pick the Sandbox's dialect. */
export const DIALECT_ENV = 'SANDBOX_DIALECT';

export function dialectFromEnv(env: Readonly<Record<string, string | undefined>>): SandboxDialect {
  return parseDialect(env[DIALECT_ENV], DIALECT_ENV);
}

/** The Sandbox's own casing differs between statuses ("Created" but "in-progress"), as Exotel's answers do. */
const SANDBOX_STATUS: Partial<Record<CampaignStatus, string>> = { created: 'Created', completed: 'Completed' };

/** The docs write every status in one PascalCase: Created, InProgress, Paused, Completed, Archived. */
function pascal(status: string): string {
  return status
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

function utc(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}

export interface PageLinks {
  /** The path the page was asked at, e.g. /v2/accounts/x/lists */
  path: string;
  offset: number;
  limit: number;
  count: number;
  total: number;
}

/** The parts of an answer whose form differs between the dialects. */
export interface Wire {
  readonly dialect: SandboxDialect;
  campaignStatus(status: CampaignStatus): string;
  time(ms: number): string;
  timeFine(ms: number): string;
  /** HTTP status of a bulk read that found `found` records. */
  bulkReadStatus(found: number): number;
  /** Paging metadata of the campaign APIs' lists, campaigns and call details (their docs page by offset). */
  campaignPage(p: PageLinks): Record<string, unknown>;
  /** Paging metadata of the other v2 lists: contact lists and a list's contacts. */
  page(p: PageLinks): Record<string, unknown>;
  /** A call-details row as it stands in `response`. */
  callRow(row: Record<string, unknown>, wrap: (data: unknown) => Record<string, unknown>): Record<string, unknown>;
  /** `response` of an answer about one resource. */
  one(item: Record<string, unknown>): unknown;
  /** The CSV upload's status word while Exotel is still reading the file. */
  uploadWorking: string;
  /** A CSV upload's status record. */
  uploadStatus(
    base: Record<string, unknown>,
    stats: { total: number; success: number; failed: number; duplicate: number },
  ): Record<string, unknown>;
  /** HTTP status and metadata of a bulk write's answer, from its items' codes. */
  bulkWrite(codes: number[]): { status: number; metadata?: Record<string, number> };
}

function offsetPage(p: PageLinks): Record<string, unknown> {
  return { count: p.count, offset: p.offset, total: p.total, limit: p.limit };
}

function uriPage(p: PageLinks): Record<string, unknown> {
  const at = (offset: number): string => `${p.path}?offset=${offset}&page_size=${p.limit}`;
  return {
    page_size: p.limit,
    first_page_uri: at(0),
    prev_page_uri: p.offset > 0 ? at(Math.max(0, p.offset - p.limit)) : null,
    next_page_uri: p.offset + p.count < p.total && p.count > 0 ? at(p.offset + p.count) : null,
  };
}

/** 200 when every item succeeded, the items' shared code when all failed alike, 207 when they differ. */
function sandboxBulk(codes: number[]): { status: number } {
  const distinct = new Set(codes);
  return { status: distinct.size === 1 ? (codes[0] as number) : 207 };
}

/** The docs answer 200 when nothing but duplicates failed, and 207 with counts when some items were refused. */
function docsBulk(codes: number[]): { status: number; metadata?: Record<string, number> } {
  const ok = (code: number): boolean => code >= 200 && code < 300;
  if (codes.every((code) => ok(code) || code === 409)) return { status: 200 };
  const distinct = new Set(codes);
  if (distinct.size === 1) return { status: codes[0] as number };
  const success = codes.filter(ok).length;
  return { status: 207, metadata: { total: codes.length, success, failed: codes.length - success } };
}

const SANDBOX_WIRE: Wire = {
  dialect: 'sandbox',
  campaignStatus: (status) => SANDBOX_STATUS[status] ?? status,
  time: formatTime,
  timeFine: formatTimeFine,
  bulkReadStatus: (found) => (found > 0 ? 207 : 200),
  campaignPage: offsetPage,
  page: offsetPage,
  callRow: (row, wrap) => wrap(row),
  one: (item) => [item],
  uploadWorking: 'in-progress',
  uploadStatus: (base, stats) => ({ ...base, stats }),
  bulkWrite: sandboxBulk,
};

const DOCS_WIRE: Wire = {
  dialect: 'docs',
  campaignStatus: (status) => pascal(status),
  time: utc,
  timeFine: (ms) => `${new Date(ms).toISOString().slice(0, 23)}Z`,
  bulkReadStatus: () => 200,
  campaignPage: offsetPage,
  page: uriPage,
  callRow: (row) => {
    const { call_sid: sid, ...rest } = row;
    return { id: sid, ...rest };
  },
  one: (item) => item,
  uploadWorking: 'processing',
  uploadStatus: (base, stats) => ({
    ...base,
    total_records: stats.total,
    success_count: stats.success,
    duplicate_count: stats.duplicate,
    failure_count: stats.failed,
  }),
  bulkWrite: docsBulk,
};

export function wireFor(dialect: SandboxDialect): Wire {
  return dialect === 'docs' ? DOCS_WIRE : SANDBOX_WIRE;
}
