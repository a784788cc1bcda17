import { statsFinished, statsTotal, type Campaign } from '../../../shared/exotel';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { countOf } from '../../lib/format';

/** The deliberate confirm before an action that cannot be undone, naming the campaign and what its numbers become. */
export function ActionConfirm({
  campaign,
  action,
  onConfirm,
  onClose,
}: {
  campaign: Campaign;
  action: 'complete' | 'delete';
  onConfirm: () => Promise<void>;
  onClose: () => void;
}) {
  const name = campaign.name;
  const stats = campaign.stats;
  if (action === 'complete') {
    const remaining = stats ? statsTotal(stats) - statsFinished(stats) : null;
    return (
      <ConfirmDialog title={`Complete “${name}”?`} confirmLabel={`Complete “${name}”`} onConfirm={onConfirm} onClose={onClose}>
        <p>
          Calling stops for good.{' '}
          {remaining === null
            ? 'Every number not called yet, or waiting for a retry, becomes failed and is not called.'
            : remaining > 0
              ? `The ${countOf(remaining, 'number')} not called yet or waiting for a retry become failed and are not called.`
              : 'No number is waiting for a call.'}
        </p>
        <p>Calls already made stay as they are. A completed campaign cannot be resumed; to call the rest later, start a follow-up.</p>
      </ConfirmDialog>
    );
  }
  const total = stats ? statsTotal(stats) : 0;
  return (
    <ConfirmDialog title={`Delete “${name}”?`} confirmLabel={`Delete “${name}”`} onConfirm={onConfirm} onClose={onClose}>
      <p>
        It is deleted on Exotel before it starts, so{' '}
        {total > 0 ? `none of its ${countOf(total, 'number')} are called` : 'none of its numbers are called'}. This cannot be undone; the
        contact list stays.
      </p>
    </ConfirmDialog>
  );
}
