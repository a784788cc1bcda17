import { useEffect, useState } from 'react';
import { EXOTEL_BOUNDS } from '../../shared/exotel';

/**
 * What a person sees while waiting on Exotel: `waiting` at first, and once Exotel has been slow for a while,
 * `slow` instead, which says what the app will do. The main process gives up within its own bound either way.
 */
export function SlowNotice({ waiting, slow, afterMs = EXOTEL_BOUNDS.slowAfterMs }: { waiting: string; slow: string; afterMs?: number }) {
  const [isSlow, setSlow] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), afterMs);
    return () => clearTimeout(timer);
  }, [afterMs]);
  return isSlow ? <span className="text-warn">{slow}</span> : <span className="muted">{waiting}</span>;
}
