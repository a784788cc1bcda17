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

/** A screen's or panel's error as a banner across it, read out when it appears; nothing when there is none. */
export function ErrorBanner({ message, lead }: { message: string | null | undefined; lead?: string }) {
  if (!message) return null;
  return (
    <div className="banner banner-bad" role="alert">
      {lead ? `${lead} ` : null}
      {message}
    </div>
  );
}
