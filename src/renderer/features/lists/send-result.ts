import type { ExotelListLink } from '../../../shared/imports/schemas';

export interface SendOutcome {
  accepted: number;
  duplicates: number;
  failed: number;
  sid: string | null;
}

function num(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** The job's own result when it carries the counts; otherwise what the list now records for the account. */
export function sendOutcome(result: unknown, link: ExotelListLink | undefined): SendOutcome | null {
  if (typeof result === 'object' && result !== null) {
    const r = result as Record<string, unknown>;
    const accepted = num(r.accepted);
    if (accepted !== null) {
      return {
        accepted,
        duplicates: num(r.duplicates) ?? 0,
        failed: num(r.failed) ?? 0,
        sid: typeof r.sid === 'string' ? r.sid : (link?.sid ?? null),
      };
    }
  }
  return link ? { accepted: link.accepted, duplicates: link.duplicates, failed: link.failed, sid: link.sid } : null;
}
