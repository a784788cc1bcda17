import { describe, expect, it } from 'vitest';
import { buildCreateInput } from '../../../src/shared/compose/build-input';
import type { DraftFields } from '../../../src/shared/compose/draft';
import { scheduleWithinHours } from '../../../src/shared/compose/hours-check';
import { checkLaunch, type CheckContext } from '../../../src/shared/compose/launch-checks';
import type { AudienceView } from '../../../src/shared/compose/views';

const NOW = new Date('2026-12-01T05:00:00Z'); // Tue 10:30 IST

function draft(over: Partial<DraftFields> = {}): DraftFields {
  return {
    name: 'Dues December',
    audience: { kind: 'numbers', text: '+919876500001' },
    skipEmptyFor: [],
    content: { kind: 'text', text: 'Your bill is due', flowType: 'greeting', repeatMenuAttempts: 0 },
    callerId: '08047112233',
    retries: { count: 0, intervalMins: 10, mechanism: 'Linear', onStatus: [] },
    schedule: { kind: 'now', endAt: '', timeZone: 'Asia/Kolkata' },
    mode: 'custom',
    throttle: 10,
    callDuplicateNumbers: false,
    statusCallback: '',
    callStatusCallback: '',
    callScheduleCallback: '',
    customField: '',
    ...over,
  };
}

const audience: AudienceView = {
  count: 100,
  available: 100,
  label: '100 typed numbers',
  variables: [],
  invalid: [],
  invalidCount: 0,
  repeated: 0,
  route: 'from',
  routeText: '',
  emptyByVariable: {},
};

function ctx(over: Partial<CheckContext> = {}): CheckContext {
  return { now: NOW, accountThrottle: 60, callerIds: ['08047112233'], audience, takenNames: new Set(), country: 'IN', ...over };
}

const later = (sendAt: string, endAt = '') => ({ kind: 'later' as const, sendAt, endAt, timeZone: 'Asia/Kolkata' });

describe('a single campaign keeps the calling hours', () => {
  it('starting now inside the hours ends at 21:00 IST the same day, and the created campaign says so', () => {
    const d = draft();
    const check = checkLaunch(d, ctx());
    expect(check.ready).toBe(true);
    expect(check.summary?.endsAt).toBe('2026-12-01T15:30:00.000Z');
    expect(check.summary?.hours).toMatchObject({ text: '09:00–21:00, every day', endsAtClose: true, startMoved: false });
    const input = buildCreateInput(
      { ...d, schedule: scheduleWithinHours(d.schedule, check.summary!) },
      { from: ['+919876500001'], campaignType: 'static' },
      'k',
    );
    expect(input.schedule).toEqual({ endAt: '2026-12-01T21:00:00+05:30' });
  });

  it('moves a start at 22:00 IST to 09:00 the next morning, says so, and sends that as send_at', () => {
    const d = draft({ schedule: later('2026-12-01T22:00') });
    const check = checkLaunch(d, ctx());
    expect(check.ready).toBe(true);
    const moved = check.warnings.find((w) => w.field === 'schedule.sendAt');
    expect(moved?.message).toMatch(/will start at Wed 2 Dec 09:00 IST/);
    expect(moved?.moveStartTo).toBe('2026-12-02T09:00');
    expect(check.summary?.startsAt).toBe('2026-12-02T03:30:00.000Z');
    const input = buildCreateInput(
      { ...d, schedule: scheduleWithinHours(d.schedule, check.summary!) },
      { from: ['+919876500001'], campaignType: 'static' },
      'k',
    );
    expect(input.schedule).toEqual({ sendAt: '2026-12-02T09:00:00+05:30', endAt: '2026-12-02T21:00:00+05:30' });
  });

  it('refuses an end after the close, naming the end field', () => {
    const check = checkLaunch(draft({ schedule: later('2026-12-01T12:00', '2026-12-01T23:00') }), ctx());
    expect(check.ready).toBe(false);
    expect(check.issues).toContainEqual({
      field: 'schedule.endAt',
      message: expect.stringMatching(/after the calling hours close at Tue 1 Dec 21:00 IST/),
    });
  });

  it('refuses an end that comes before the moved start, naming the end field', () => {
    const check = checkLaunch(draft({ schedule: later('2026-12-01T22:30', '2026-12-01T23:30') }), ctx());
    expect(check.issues).toContainEqual({
      field: 'schedule.endAt',
      message: expect.stringMatching(/before the calling hours open at Wed 2 Dec 09:00 IST/),
    });
  });

  it('keeps an end the user chose before the close', () => {
    const check = checkLaunch(draft({ schedule: later('2026-12-01T12:00', '2026-12-01T18:00') }), ctx());
    expect(check.ready).toBe(true);
    expect(check.summary?.endsAt).toBe('2026-12-01T12:30:00.000Z');
    expect(check.summary?.hours?.endsAtClose).toBe(false);
  });

  it('follows the hours the account chose: Monday to Saturday skips Sunday', () => {
    const sunday = later('2026-12-06T10:00');
    const check = checkLaunch(
      draft({ schedule: sunday }),
      ctx({ accountHours: { opens: '09:00', closes: '21:00', days: [1, 2, 3, 4, 5, 6], widenReason: '' } }),
    );
    expect(check.summary?.startsAt).toBe('2026-12-07T03:30:00.000Z');
  });

  it('calls at any time outside India when the account set no hours', () => {
    const check = checkLaunch(
      draft({ schedule: { kind: 'later', sendAt: '2026-12-01T23:00', endAt: '', timeZone: 'Asia/Singapore' } }),
      ctx({ country: 'SG' }),
    );
    expect(check.summary?.hours).toBeNull();
    expect(check.summary?.startsAt).toBe('2026-12-01T15:00:00.000Z');
  });
});

describe('one campaign narrows the hours', () => {
  it('10:00–19:00 not Sunday: a Sunday start moves to Monday 10:00 and ends at 19:00', () => {
    const hours = { opens: '10:00', closes: '19:00', days: [1, 2, 3, 4, 5, 6], widenReason: '' };
    const check = checkLaunch(draft({ hours, schedule: later('2026-12-06T08:00') }), ctx());
    expect(check.ready).toBe(true);
    expect(check.summary?.startsAt).toBe('2026-12-07T04:30:00.000Z');
    expect(check.summary?.endsAt).toBe('2026-12-07T13:30:00.000Z');
    expect(check.summary?.hours?.text).toBe('10:00–19:00, Monday to Saturday');
  });

  it('refuses hours outside the account’s, at the hours field', () => {
    const check = checkLaunch(
      draft({ hours: { opens: '08:00', closes: '19:00', days: [1], widenReason: '' } }),
      ctx({ accountHours: { opens: '09:00', closes: '21:00', days: [1, 2], widenReason: '' } }),
    );
    expect(check.issues.map((i) => i.field)).toContain('hours.opens');
  });

  it('refuses a close before the opening, at the close field', () => {
    const check = checkLaunch(draft({ hours: { opens: '19:00', closes: '10:00', days: [1], widenReason: '' } }), ctx());
    expect(check.issues.map((i) => i.field)).toContain('hours.closes');
  });
});

describe('widening India’s 09:00–21:00', () => {
  const wide = { opens: '08:00', closes: '22:00', days: [0, 1, 2, 3, 4, 5, 6], widenReason: '' };

  it('needs a stated reason, asked for at its own field', () => {
    const check = checkLaunch(draft({ hours: wide }), ctx());
    expect(check.ready).toBe(false);
    expect(check.issues.map((i) => i.field)).toEqual(['hours.widenReason']);
  });

  it('with a reason, launches until 22:00 IST and the summary carries the reason', () => {
    const check = checkLaunch(draft({ hours: { ...wide, widenReason: 'Service calls the customer asked for' } }), ctx());
    expect(check.ready).toBe(true);
    expect(check.summary?.endsAt).toBe('2026-12-01T16:30:00.000Z');
    expect(check.summary?.hours?.widenReason).toBe('Service calls the customer asked for');
  });
});
