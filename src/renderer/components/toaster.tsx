import { useEffect, useState } from 'react';
import { Button } from './button';
import { toastLifetimeMs, useToasts, type Toast } from './toast-store';

function ToastItem({ item }: { item: Toast }) {
  const dismiss = useToasts((s) => s.dismiss);
  // Held while the pointer or keyboard focus is on it, so it does not leave mid-read or mid-click.
  const [held, setHeld] = useState(false);
  useEffect(() => {
    if (held) return;
    const timer = setTimeout(() => dismiss(item.id), toastLifetimeMs(item.tone));
    return () => clearTimeout(timer);
  }, [held, item.id, item.tone, dismiss]);

  return (
    <div
      className={`toast toast-${item.tone}`}
      role={item.tone === 'bad' ? 'alert' : 'status'}
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
    >
      <div className="toast-text">
        <strong>{item.title}</strong>
        {item.message ? <p>{item.message}</p> : null}
      </div>
      {item.action ? (
        <Button
          size="sm"
          variant="ghost"
          onClick={() => {
            item.action?.run();
            dismiss(item.id);
          }}
        >
          {item.action.label}
        </Button>
      ) : null}
      <button type="button" className="toast-close" aria-label={`Dismiss: ${item.title}`} onClick={() => dismiss(item.id)}>
        ×
      </button>
    </div>
  );
}

/** A tray in the layout above the status bar: it takes its own room, so a toast never lies over the screen's controls. */
export function Toaster() {
  const toasts = useToasts((s) => s.toasts);
  if (toasts.length === 0) return null;
  return (
    <section className="toaster" aria-label="Notifications">
      {toasts.map((item) => (
        <ToastItem key={item.id} item={item} />
      ))}
    </section>
  );
}
