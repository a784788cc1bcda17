import { AppError } from '../ipc/result';

/**
 * A stop at the job's cancel that knows nothing of what the work left behind (a wait or a batch cut short).
 * Whoever reports it puts its own words in its place, and the outbox treats it as an answer that may have been
 * cut off. A cancel that does know (how many numbers Exotel kept, which list stays) is an AppError with code
 * 'cancelled' and that note as its message.
 */
export class BareCancel extends AppError {
  constructor() {
    super('cancelled', 'Cancelled');
    this.name = 'BareCancel';
  }
}

/** A cancel that says what it left behind: its note is the words to show. */
export function cancelNoteOf(error: unknown): string | null {
  if (!(error instanceof AppError) || error.code !== 'cancelled' || error instanceof BareCancel) return null;
  return error.message || null;
}
