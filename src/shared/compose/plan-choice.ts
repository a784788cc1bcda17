import type { HoursInZone } from './calling-hours';
import { MAX_PLAN_DAYS, planDaysWithin, planSummary, type DayRun } from './day-plan';
import type { DraftFields } from './draft';
import type { AudienceView, LaunchSummary } from './views';

/** What a launch does when its numbers do not fit in the first day's calling hours. */
export interface PlanChoice {
  /** Null when the question does not arise: all fit, no hours apply, or the audience cannot be split. */
  overflow: 'plan' | 'close' | null;
  /** The daily runs when the launch becomes a plan (two days or more). */
  runs: DayRun[] | null;
  /** The numbers would take more than MAX_PLAN_DAYS calling days: no plan anyone would launch. */
  tooLong: boolean;
}

export interface PlanChoiceInput {
  hours: HoursInZone;
  startsAt: Date;
  /** The run ends at the day's close because the hours set it, not an end the user chose. */
  endsAtClose: boolean;
  numbers: number;
  callsPerMinute: number;
  route: AudienceView['route'];
  editing: boolean;
}

/**
 * A campaign bigger than a day's hours becomes a plan of daily runs unless the user chose to end it at the
 * close. Lists already on Exotel cannot be split by day (their contacts are not here to share out), and a
 * change to a campaign on Exotel keeps the one campaign it is.
 */
export function choosePlan(d: Pick<DraftFields, 'retries' | 'overflow'>, input: PlanChoiceInput): PlanChoice {
  const none: PlanChoice = { overflow: null, runs: null, tooLong: false };
  if (!input.hours.hours || !input.endsAtClose || input.editing || input.route === 'exotel-lists') return none;
  const runs = planDaysWithin(
    { hours: input.hours, startsAt: input.startsAt, numbers: input.numbers, callsPerMinute: input.callsPerMinute, retries: d.retries },
    MAX_PLAN_DAYS,
  );
  const overflow = d.overflow ?? 'plan';
  if (!runs) return { overflow, runs: null, tooLong: overflow === 'plan' };
  if (runs.length < 2) return none;
  return { overflow, runs: overflow === 'plan' ? runs : null, tooLong: false };
}

/** The plan as the summary carries it. */
export function summaryPlan(runs: DayRun[], zone: string): NonNullable<LaunchSummary['plan']> {
  return {
    text: planSummary(runs, zone),
    zone,
    days: runs.map((r) => ({
      day: r.day,
      sendAt: r.sendAt.toISOString(),
      endAt: r.endAt ? r.endAt.toISOString() : null,
      numbers: r.numbers,
      firstNumber: r.firstNumber,
    })),
  };
}
