import type { FinishEstimate } from '../../../shared/campaigns/finish-estimate';
import { countOf, formatCount, formatDateTime } from '../../lib/format';

/** The expected finish in words, with what it rests on. */
export function finishText(estimate: FinishEstimate): { headline: string; detail: string } {
  switch (estimate.kind) {
    case 'finished':
      return { headline: 'Finished', detail: 'No number is waiting for a call.' };
    case 'winding-down':
      return {
        headline: `${estimate.status === 'completed' ? 'Completed' : 'Ended'} on Exotel; ${countOf(estimate.underWay, 'call')} still under way`,
        detail: 'No new call starts; Exotel lists each call when it ends, and the app reads them then.',
      };
    case 'not-started':
      return {
        headline: estimate.at ? `Starts ${formatDateTime(estimate.at)}` : 'Not started',
        detail: 'Exotel counts the numbers when calling starts; the finish time shows then.',
      };
    case 'paused':
      return { headline: 'Paused', detail: `${formatCount(estimate.remaining)} numbers wait; it finishes only after it is resumed.` };
    case 'estimate':
      return {
        headline: `Around ${formatDateTime(estimate.at)}`,
        detail: `${formatCount(estimate.remaining)} numbers left at ${formatCount(estimate.callsPerMinute)} calls a minute; retries can add time.`,
      };
    case 'cut-off':
      return {
        headline: `Stops at ${formatDateTime(estimate.at)}`,
        detail: `The schedule ends before ${formatCount(estimate.remaining)} numbers can be called at ${formatCount(estimate.callsPerMinute)} a minute; some will be left uncalled.`,
      };
    default:
      return { headline: 'Not known', detail: 'Exotel has not reported enough to estimate it.' };
  }
}
