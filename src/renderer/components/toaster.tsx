import { Button } from './button';
import { useToasts, type Toast } from './toast-store';

function ToastItem({ item }: { item: Toast }) {
  const dismiss = useToasts((s) => s.dismiss);
  return (
    <div className={`toast toast-${item.tone}`} role={item.tone === 'bad' ? 'alert' : 'status'}>
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

export function Toaster() {
  const toasts = useToasts((s) => s.toasts);
  return (
    <div className="toaster" role="region" aria-label="Notifications">
      {toasts.map((item) => (
        <ToastItem key={item.id} item={item} />
      ))}
    </div>
  );
}
