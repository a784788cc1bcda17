import type { ExotelListLink } from '../../../shared/imports/schemas';
import type { JobResult } from '../../../shared/jobs/schemas';

export interface SendOutcome {
  accepted: number;
  duplicates: number;
  failed: number;
  sid: string | null;
}

/** The job's own result when it finished with one; otherwise what the list now records for the account. */
export function sendOutcome(result: JobResult<'upload'> | undefined, link: ExotelListLink | undefined): SendOutcome | null {
  if (result) return { accepted: result.accepted, duplicates: result.duplicates, failed: result.failed, sid: result.sid };
  return link ? { accepted: link.accepted, duplicates: link.duplicates, failed: link.failed, sid: link.sid } : null;
}
