import type { CallsPage } from '../../../shared/campaigns/schemas';
import { formatCount, formatDateTime, formatTime, countOf } from '../../lib/format';

/**
 * How far the campaign's calls are read, in words that are only as sure as the cache: "All N calls read" is
 * said of a finished campaign only once every call Exotel counts is in, never while calls are still on.
 */
export function callsReadNote(page: CallsPage | null): string {
  if (page === null) return 'Loading calls…';
  const at = page.lastSyncedAt ? ` at ${formatDateTime(page.lastSyncedAt)}` : '';
  const next = page.nextReadAt ? ` The app reads them again around ${formatTime(page.nextReadAt)}.` : ' Sync calls reads them again.';
  if (page.settled) return `All ${formatCount(page.loaded)} calls read${at}`;
  if (page.final && page.underWay > 0) {
    return `${formatCount(page.loaded)} calls read${at}; ${countOf(page.underWay, 'call')} still under way on Exotel are read when they end.${next}`;
  }
  if (page.final && page.complete) return `${formatCount(page.loaded)} calls read${at}; checking that Exotel lists no more.${next}`;
  if (page.complete) return `${formatCount(page.loaded)} calls read${at}; more come while the campaign calls`;
  return `${formatCount(page.loaded)}${page.exotelTotal !== null ? ` of ${formatCount(page.exotelTotal)}` : ''} calls read so far; scroll to read more`;
}
