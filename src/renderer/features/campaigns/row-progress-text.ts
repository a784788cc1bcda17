import type { CampaignRow } from '../../../shared/campaigns/schemas';
import { countOf, formatCount, formatDateTime } from '../../lib/format';

/**
 * The line under a campaign's name: "40 of 120 done" once it calls; before its start Exotel counts nothing yet,
 * so a scheduled campaign says how many numbers it will call and when it starts ("291 numbers · starts 10:30 IST").
 */
type RowFigures = Pick<CampaignRow, 'status' | 'total' | 'finished' | 'planned' | 'sendAt'>;

/** Before its start: Exotel has counted nothing, and the row names when it starts instead. */
export function startsLater(c: RowFigures): boolean {
  return c.status === 'created' && c.total === 0 && Boolean(c.sendAt);
}

export function rowProgressText(c: RowFigures): string {
  if (c.status === 'created' && c.total === 0) {
    const numbers = c.planned === null || c.planned === undefined ? 'Scheduled' : countOf(c.planned, 'number');
    return c.sendAt ? `${numbers} · starts ${formatDateTime(c.sendAt)}` : numbers;
  }
  return `${formatCount(c.finished)} of ${formatCount(c.total)} done`;
}
