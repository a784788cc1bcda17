import { EXOTEL_LIMITS } from '../../shared/exotel';
import { ApiProblem, bad } from './reply';
import type { World } from './world';

export interface HandlerContext {
  world: World;
  request: Request;
  url: URL;
  method: string;
  requestId: string;
  /** Captured path parts, e.g. the campaign id. */
  params: string[];
}

/** Reads `{"<key>": [...]}`, the wrapper every v2 write uses. */
export async function readWrapped(ctx: HandlerContext, key: string): Promise<unknown[]> {
  const type = ctx.request.headers.get('content-type') ?? '';
  if (!/^application\/json\b/i.test(type))
    throw new ApiProblem(415, 1011, `Content-Type must be application/json, not "${type || 'none'}"`);
  const text = await ctx.request.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ApiProblem(400, 1007, 'The body is not valid JSON');
  }
  const list = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[key] : undefined;
  if (!Array.isArray(list)) throw new ApiProblem(400, 1007, `The body must be {"${key}": [...]}`);
  return list;
}

function whole(ctx: HandlerContext, name: string, fallback: number, min: number, max: number): number {
  const raw = ctx.url.searchParams.get(name);
  if (raw === null || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw bad(name, `must be a whole number from ${min} to ${max}`);
  return value;
}

export function pageQuery(ctx: HandlerContext): { offset: number; limit: number } {
  return {
    offset: whole(ctx, 'offset', 0, 0, Number.MAX_SAFE_INTEGER),
    limit: whole(ctx, 'limit', EXOTEL_LIMITS.defaultPageSize, 1, EXOTEL_LIMITS.maxPageSize),
  };
}

/** "in-progress, created" -> ['in-progress', 'created'], lower-cased. */
export function listParam(ctx: HandlerContext, name: string): string[] | null {
  const raw = ctx.url.searchParams.get(name);
  if (raw === null || raw.trim() === '') return null;
  return raw
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
}

export type SortKey = 'date_created' | 'name';

export function sortParam(ctx: HandlerContext, allowed: readonly SortKey[]): { key: SortKey; desc: boolean } {
  const raw = ctx.url.searchParams.get('sort_by');
  if (raw === null || raw === '') return { key: 'date_created', desc: false };
  const match = /^([a-z_]+):(asc|desc)$/i.exec(raw.trim());
  const key = match?.[1]?.toLowerCase() as SortKey | undefined;
  if (!match || !key || !allowed.includes(key)) throw bad('sort_by', `use ${allowed.map((k) => `${k}:asc or ${k}:desc`).join(', ')}`);
  return { key, desc: match[2]?.toLowerCase() === 'desc' };
}
