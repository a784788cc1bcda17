import { instantToZoned, IST, zonedToInstant } from './zoned-time';

/** India's regulator allows such calls only from 09:00 to 21:00 recipient time. */
export const CALLING_WINDOW = { opens: 9, closes: 21 } as const;

function istAt(day: string, hour: number): Date {
  return zonedToInstant(`${day}T${String(hour).padStart(2, '0')}:00`, IST) as Date;
}

export interface WindowCheck {
  /** The start falls outside the window. */
  startOutside: boolean;
  /** The next opening of the window when the start is outside it. */
  moveTo: Date | null;
  /** The window's close on the day calling starts. */
  closesAt: Date;
  /** First calls that would fall after the close, at the given rate. */
  afterClose: number;
}

export function checkCallingWindow(startsAt: Date, numbers: number, callsPerMinute: number): WindowCheck {
  const local = instantToZoned(startsAt, IST);
  const day = local.slice(0, 10);
  const hour = Number(local.slice(11, 13));
  let opens = istAt(day, CALLING_WINDOW.opens);
  if (hour >= CALLING_WINDOW.closes) opens = new Date(istAt(day, CALLING_WINDOW.opens).getTime() + 24 * 3_600_000);
  const startOutside = hour < CALLING_WINDOW.opens || hour >= CALLING_WINDOW.closes;
  const effectiveStart = startOutside ? opens : startsAt;
  const closesAt = istAt(instantToZoned(effectiveStart, IST).slice(0, 10), CALLING_WINDOW.closes);
  const fit = Math.floor(((closesAt.getTime() - effectiveStart.getTime()) / 60_000) * Math.max(1, callsPerMinute));
  return { startOutside, moveTo: startOutside ? opens : null, closesAt, afterClose: Math.max(0, numbers - fit) };
}
