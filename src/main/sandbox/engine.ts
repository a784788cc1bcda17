import type { CampaignAction } from '../../shared/exotel';
import { callResult } from './outcomes';
import { hexFrom } from './random';
import type { SimCampaign, Target } from './state';

export interface EngineContext {
  accountThrottle: number;
  /** The numbers a campaign calls, read when it starts (its lists may change until then). */
  loadTargets(c: SimCampaign): Target[];
}

const MINUTE = 60_000;

function callsPerMinute(c: SimCampaign, ctx: EngineContext): number {
  return c.settings.mode === 'custom' && c.settings.throttle ? c.settings.throttle : ctx.accountThrottle;
}

function insertSorted(list: number[], item: number, key: (i: number) => number): void {
  const k = key(item);
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(list[mid] as number) <= k) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, item);
}

function retryDelay(c: SimCampaign, retryNumber: number): number {
  const r = c.settings.retries;
  if (!r) return 0;
  const factor = r.mechanism === 'Exponential' ? 2 ** (retryNumber - 1) : 1;
  return r.interval_mins * factor * MINUTE;
}

function start(c: SimCampaign, at: number, ctx: EngineContext): void {
  c.started = true;
  c.targets = ctx.loadTargets(c);
  c.nextPlaceAt = at;
  c.status = 'in-progress';
  if (c.targets.length === 0) {
    c.status = 'failed';
    c.closed = true;
  }
}

/** Stops calling for good: numbers not yet called count as not attempted, those awaiting a retry as failed. */
function close(c: SimCampaign): void {
  c.closed = true;
  for (let i = c.nextFresh; i < c.targets.length; i++) (c.targets[i] as Target).state = 'not-attempted';
  c.nextFresh = c.targets.length;
  for (const i of c.retryQueue) (c.targets[i] as Target).state = 'failed';
  c.retryQueue = [];
}

function finishIfDone(c: SimCampaign): void {
  if (c.status !== 'in-progress' || c.nextFresh < c.targets.length || c.retryQueue.length || c.active.length) return;
  c.closed = true;
  // "failed" is for a campaign in which no call could be made at all.
  c.status = c.attempts.some((a) => a.outcome !== 'failed-dnd') ? 'completed' : 'failed';
}

function place(c: SimCampaign, at: number, ctx: EngineContext): void {
  const retryDue = c.retryQueue.length > 0 && (c.targets[c.retryQueue[0] as number] as Target).dueAt <= at;
  const index = retryDue ? (c.retryQueue.shift() as number) : c.nextFresh++;
  const target = c.targets[index] as Target;
  target.tries += 1;
  const result = callResult(c.seed, target.number, target.tries, c.settings.flow_type === 'ivr');
  c.attempts.push({
    target: index,
    n: target.tries,
    at,
    durationS: result.durationS,
    outcome: result.outcome,
    sid: hexFrom(32, c.seed, c.attempts.length),
    digit: result.digit,
    ended: false,
  });
  target.state = 'dialing';
  target.dueAt = at + result.durationS * 1000;
  insertSorted(c.active, c.attempts.length - 1, (i) => {
    const a = c.attempts[i];
    return a ? a.at + a.durationS * 1000 : 0;
  });
  c.nextPlaceAt = at + MINUTE / callsPerMinute(c, ctx);
}

function endCall(c: SimCampaign, at: number): void {
  const attempt = c.attempts[c.active.shift() as number];
  if (!attempt) return;
  attempt.ended = true;
  const target = c.targets[attempt.target] as Target;
  if (attempt.outcome === 'completed') target.state = 'completed';
  else if (attempt.outcome === 'failed-dnd') target.state = 'dnd';
  else {
    const r = c.settings.retries;
    const retry = !c.closed && r !== null && r.on_status.includes(attempt.outcome) && target.tries <= r.number_of_retries;
    if (retry) {
      target.state = 'retry-wait';
      target.dueAt = at + retryDelay(c, target.tries);
      insertSorted(c.retryQueue, attempt.target, (i) => (c.targets[i] as Target).dueAt);
    } else target.state = 'failed';
  }
  finishIfDone(c);
}

type Step = { at: number; run: () => void };

function nextStep(c: SimCampaign, ctx: EngineContext): Step | null {
  const steps: Step[] = [];
  const s = c.settings;
  if (c.status === 'created' && !c.started) steps.push({ at: s.send_at, run: () => start(c, s.send_at, ctx) });
  if ((c.status === 'in-progress' || c.status === 'paused') && !c.closed) {
    steps.push({
      at: s.end_at,
      run: () => {
        c.status = c.status === 'paused' ? 'canceled' : 'completed';
        close(c);
      },
    });
  }
  const firstActive = c.attempts[c.active[0] ?? -1];
  if (firstActive)
    steps.push({ at: firstActive.at + firstActive.durationS * 1000, run: () => endCall(c, firstActive.at + firstActive.durationS * 1000) });
  if (c.status === 'in-progress' && !c.closed) {
    const fresh = c.nextFresh < c.targets.length ? -Infinity : Infinity;
    const retry = c.retryQueue.length ? (c.targets[c.retryQueue[0] as number] as Target).dueAt : Infinity;
    const ready = Math.min(fresh, retry);
    if (ready !== Infinity) {
      const at = Math.max(c.nextPlaceAt, ready, c.cursor);
      steps.push({ at, run: () => place(c, at, ctx) });
    }
  }
  // Ends of calls first, so a number freed at a given moment is counted before the next is placed.
  return steps.reduce<Step | null>((best, step) => (best === null || step.at < best.at ? step : best), null);
}

/** Plays the campaign forward to `now`. Lazy and deterministic: the same actions at the same times give the same calls. */
export function advance(c: SimCampaign, now: number, ctx: EngineContext): void {
  for (;;) {
    const step = nextStep(c, ctx);
    if (!step || step.at > now) break;
    c.cursor = Math.max(c.cursor, step.at);
    step.run();
  }
  c.cursor = Math.max(c.cursor, now);
}

/** Applies an action whose state rule was already checked, at the campaign's current time. */
export function applyAction(c: SimCampaign, action: CampaignAction, now: number, ctx: EngineContext): void {
  c.updatedAt = now;
  switch (action) {
    case 'pause':
      c.status = 'paused';
      return;
    case 'resume':
      if (!c.started) {
        if (now >= c.settings.send_at) start(c, now, ctx);
        else c.status = 'created';
        return;
      }
      c.status = 'in-progress';
      c.nextPlaceAt = Math.max(c.nextPlaceAt, now);
      finishIfDone(c);
      return;
    case 'complete':
      c.status = 'completed';
      close(c);
      return;
    case 'archive':
      c.status = 'archived';
      return;
  }
}
