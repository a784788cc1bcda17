import { useRef, useState, type ReactNode } from 'react';
import { toApiError } from '../lib/api';
import { Button } from './button';
import { Dialog } from './dialog';
import { FormError } from './error-notice';

export interface ConfirmDialogProps {
  title: string;
  /** What will happen, in plain words, naming the thing acted on. */
  children: ReactNode;
  /** The confirm button's label names the action and its target: "Delete “March leads”". */
  confirmLabel: string;
  tone?: 'danger' | 'primary';
  onConfirm: () => Promise<void> | void;
  onClose: () => void;
}

/**
 * Focus starts on Cancel, so Enter pressed in a hurry never confirms; the confirm button says
 * exactly what it will do to what.
 */
export function ConfirmDialog({ title, children, confirmLabel, tone = 'danger', onConfirm, onClose }: ConfirmDialogProps) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      onClose();
    } catch (cause) {
      setError(toApiError(cause).message);
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={title}
      onClose={busy ? () => undefined : onClose}
      initialFocus={cancelRef}
      footer={
        <>
          <Button ref={cancelRef} onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <Button variant={tone} onClick={() => void confirm()} busy={busy}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      <div className="confirm-body">{children}</div>
      <FormError message={error} />
    </Dialog>
  );
}
