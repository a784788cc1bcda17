import { Button, type ButtonVariant } from './button';

/**
 * A form's or dialog's error under its fields, read out by a screen reader when it appears; nothing when there is none.
 * `lead` comes before the message ("Could not read the drafts:").
 */
export function FormError({ message, lead }: { message: string | null | undefined; lead?: string }) {
  if (!message) return null;
  return (
    <p className="form-error" role="alert">
      {lead ? `${lead} ` : null}
      {message}
    </p>
  );
}

/** The one way out a banner offers beside its message ("Try again", "Dismiss"). */
export interface BannerAction {
  label: string;
  onClick: () => void;
  variant?: Extract<ButtonVariant, 'secondary' | 'ghost'>;
}

export interface ErrorBannerProps {
  /** What went wrong, in the words main sent; with no message and no title the banner is not there at all. */
  message: string | null | undefined;
  /** Words before the message that say what was being done ("Could not load rows:"). */
  lead?: string;
  /** A headline in bold that stands even when main gave no reason ("The import stopped."). */
  title?: string;
  action?: BannerAction;
  /** The screen's own placing of the banner (its layout class), never its colours. */
  className?: string;
}

/**
 * A screen's or panel's error as a banner across it, read out when it appears; every screen shows its errors through
 * this one, so they look, read and announce alike.
 */
export function ErrorBanner({ message, lead, title, action, className }: ErrorBannerProps) {
  if (!message && !title) return null;
  const classes = ['banner', 'banner-bad', action ? 'banner-row' : null, className].filter(Boolean).join(' ');
  const words = (
    <>
      {title ? <strong>{title}</strong> : null}
      {title && (lead || message) ? ' ' : null}
      {lead ? `${lead} ` : null}
      {message}
    </>
  );
  if (!action) {
    return (
      <div className={classes} role="alert">
        {words}
      </div>
    );
  }
  // In a row the words are one item, so they wrap as a sentence beside the button instead of splitting at the bold part.
  return (
    <div className={classes} role="alert">
      <span>{words}</span>
      <Button size="sm" variant={action.variant ?? 'secondary'} onClick={action.onClick}>
        {action.label}
      </Button>
    </div>
  );
}
