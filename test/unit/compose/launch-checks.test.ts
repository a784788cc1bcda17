import { describe, expect, it } from 'vitest';
import { buildCreateInput } from '../../../src/shared/compose/build-input';
import type { DraftFields } from '../../../src/shared/compose/draft';
import { checkLaunch, type CheckContext } from '../../../src/shared/compose/launch-checks';
import type { AudienceView } from '../../../src/shared/compose/views';

const NOW = new Date('2026-12-01T05:00:00Z'); // 10:30 IST

function draft(over: Partial<DraftFields> = {}): DraftFields {
  return {
    name: 'Dues December',
    audience: { kind: 'list', listId: 'l1' },
    skipEmptyFor: [],
    content: { kind: 'text', text: 'Hello @@First Name, your bill of @@Amount is due', flowType: 'greeting', repeatMenuAttempts: 0 },
    callerId: '08047112233',
    retries: { count: 1, intervalMins: 10, mechanism: 'Linear', onStatus: ['busy', 'no-answer'] },
    schedule: { kind: 'now', endAt: '', timeZone: 'Asia/Kolkata' },
    mode: 'auto',
    throttle: 30,
    callDuplicateNumbers: false,
    statusCallback: '',
    callStatusCallback: '',
    callScheduleCallback: '',
    customField: '',
    ...over,
  };
}

function audience(over: Partial<AudienceView> = {}): AudienceView {
  return {
    count: 1200,
    available: 1200,
    label: 'Dues December',
    variables: ['First Name', 'Amount'],
    invalid: [],
    invalidCount: 0,
    repeated: 0,
    route: 'dynamic-list',
    routeText: '',
    emptyByVariable: {},
    ...over,
  };
}

function ctx(over: Partial<CheckContext> = {}): CheckContext {
  return { now: NOW, accountThrottle: 60, callerIds: ['08047112233'], audience: audience(), takenNames: new Set(), country: 'IN', ...over };
}

describe('the summary says what will happen', () => {
  it('counts, caller ID, start, rate, retries and the expected finish', () => {
    const check = checkLaunch(draft(), ctx());
    expect(check.issues).toEqual([]);
    expect(check.ready).toBe(true);
    const s = check.summary;
    expect(s).toMatchObject({
      numbers: 1200,
      callerId: '08047112233',
      callsPerMinute: 60,
      timeZone: 'Asia/Kolkata',
      notReachedBeforeEnd: 0,
    });
    expect(s?.startsAt).toBe('2026-12-01T05:01:00.000Z');
    // 1,200 first calls and 28% of them once more: 1,536 calls at 60 a minute, then the last retry's 10 minutes.
    expect(s?.expectedCalls).toBe(1536);
    expect(s?.expectedFinishAt).toBe(new Date(NOW.getTime() + 60_000 + (26 + 10) * 60_000).toISOString());
  });

  it('warns when the end comes before everyone can be called', () => {
    const check = checkLaunch(
      draft({
        mode: 'custom',
        throttle: 10,
        schedule: { kind: 'later', sendAt: '2026-12-01T11:00', endAt: '2026-12-01T13:00', timeZone: 'Asia/Kolkata' },
      }),
      ctx({ audience: audience({ count: 10_000 }) }),
    );
    expect(check.summary?.notReachedBeforeEnd).toBe(8800);
    expect(check.warnings.map((w) => w.message)).toContain(
      'About 8,800 numbers will not be called before the campaign ends at 2026-12-01 13:00',
    );
  });
});

describe('India’s calling window', () => {
  it('warns about a start at 07:00 IST and offers 09:00, in the draft’s own zone', () => {
    const check = checkLaunch(draft({ schedule: { kind: 'later', sendAt: '2026-12-02T01:30', endAt: '', timeZone: 'UTC' } }), ctx());
    const warning = check.warnings.find((w) => w.field === 'schedule.sendAt');
    expect(warning?.moveStartTo).toBe('2026-12-02T03:30');
  });

  it('ends at 21:00 IST when the user chose so, and says how many numbers are expected to be left uncalled at the close', () => {
    const check = checkLaunch(
      draft({
        mode: 'custom',
        throttle: 10,
        overflow: 'close',
        schedule: { kind: 'later', sendAt: '2026-12-01T20:00', endAt: '', timeZone: 'Asia/Kolkata' },
      }),
      ctx(),
    );
    expect(check.summary?.overflow).toBe('close');
    expect(check.summary?.plan).toBeNull();
    expect(check.summary?.endsAt).toBe('2026-12-01T15:30:00.000Z');
    expect(check.summary?.notReachedBeforeEnd).toBe(600);
    expect(
      check.warnings.some((w) =>
        w.message.startsWith(
          'About 600 of the 1,200 numbers are expected to be left uncalled when the calling hours close at Tue 1 Dec 21:00 IST',
        ),
      ),
    ).toBe(true);
  });
});

describe('a campaign bigger than a day’s calling hours', () => {
  it('becomes a plan of daily runs by default, every number on a day inside the hours, none left uncalled', () => {
    const check = checkLaunch(
      draft({ mode: 'custom', throttle: 10, schedule: { kind: 'later', sendAt: '2026-12-01T20:00', endAt: '', timeZone: 'Asia/Kolkata' } }),
      ctx(),
    );
    const plan = check.summary?.plan;
    expect(check.summary?.overflow).toBe('plan');
    expect(check.summary?.notReachedBeforeEnd).toBe(0);
    expect(check.warnings.some((w) => /left uncalled/.test(w.message))).toBe(false);
    // 20:00 to 21:00 less the retry's 10 minutes, at 10 a minute, 90% planned, 1.28 calls a number (one retry
    // on busy or no answer): 351 numbers; then 09:00–21:00 takes the other 849.
    expect(plan?.days.map((d) => [d.sendAt, d.endAt, d.numbers, d.firstNumber])).toEqual([
      ['2026-12-01T14:30:00.000Z', '2026-12-01T15:30:00.000Z', 351, 0],
      ['2026-12-02T03:30:00.000Z', '2026-12-02T15:30:00.000Z', 849, 351],
    ]);
    expect(check.summary?.endsAt).toBe('2026-12-02T15:30:00.000Z');
    expect(plan?.text).toBe('2 days: Tue 1 Dec 20:00–21:00 IST, 351 numbers; Wed 2 Dec 09:00–21:00, 849');
  });

  it('refuses a plan of more than a year of calling days, at the audience', () => {
    const check = checkLaunch(
      draft({ mode: 'custom', throttle: 1, schedule: { kind: 'later', sendAt: '2026-12-01T20:00', endAt: '', timeZone: 'Asia/Kolkata' } }),
      ctx({ audience: { ...ctx().audience, count: 1_000_000 } }),
    );
    expect(check.ready).toBe(false);
    expect(check.issues.find((i) => i.field === 'audience')?.message).toMatch(/more than 366 calling days/);
  });

  it('is not split when its audience is lists already on Exotel, whose contacts cannot be shared out by day', () => {
    const check = checkLaunch(
      draft({ mode: 'custom', throttle: 10, schedule: { kind: 'later', sendAt: '2026-12-01T20:00', endAt: '', timeZone: 'Asia/Kolkata' } }),
      ctx({ audience: { ...ctx().audience, route: 'exotel-lists' } }),
    );
    expect(check.summary?.overflow).toBeNull();
    expect(check.summary?.notReachedBeforeEnd).toBe(600);
  });
});

describe('what Exotel would refuse is caught first, at its field', () => {
  it.each([
    ['a short name', draft({ name: 'abc' }), ctx(), 'name'],
    ['a name already used', draft(), ctx({ takenNames: new Set(['Dues December']) }), 'name'],
    ['no caller ID', draft({ callerId: '' }), ctx(), 'callerId'],
    ['a throttle at the account’s', draft({ mode: 'custom', throttle: 60 }), ctx(), 'throttle'],
    [
      'an unknown @@ reference',
      draft({ content: { kind: 'text', text: 'Hi @@FirstName', flowType: 'greeting', repeatMenuAttempts: 0 } }),
      ctx(),
      'content.text',
    ],
    ['variables on numbers sent without them', draft(), ctx({ audience: audience({ route: 'from' }) }), 'content.text'],
    ['an empty message', draft({ content: { kind: 'text', text: ' ', flowType: 'ivr', repeatMenuAttempts: 1 } }), ctx(), 'content.text'],
    ['a flow that is not an address', draft({ content: { kind: 'flow', url: 'start_voice/42' } }), ctx(), 'content.url'],
    [
      'a start in the past',
      draft({ schedule: { kind: 'later', sendAt: '2026-12-01T09:00', endAt: '', timeZone: 'Asia/Kolkata' } }),
      ctx(),
      'schedule.sendAt',
    ],
    [
      'an end before the start',
      draft({ schedule: { kind: 'later', sendAt: '2026-12-01T12:00', endAt: '2026-12-01T11:00', timeZone: 'Asia/Kolkata' } }),
      ctx(),
      'schedule.endAt',
    ],
    ['retries on nothing', draft({ retries: { count: 2, intervalMins: 5, mechanism: 'Linear', onStatus: [] } }), ctx(), 'retries.onStatus'],
    ['a callback that is not an address', draft({ statusCallback: 'hooks.example.com' }), ctx(), 'statusCallback'],
    ['nobody to call', draft(), ctx({ audience: audience({ count: 0, available: 0 }) }), 'audience'],
  ])('%s', (_, d, c, field) => {
    const check = checkLaunch(d, c);
    expect(check.ready).toBe(false);
    expect(check.issues.map((i) => i.field)).toContain(field);
  });

  it('warns, without refusing, about plain http callbacks and flows on other hosts', () => {
    const check = checkLaunch(
      draft({
        callStatusCallback: 'http://hooks.example.com/x',
        content: { kind: 'flow', url: 'https://flows.example.com/start_voice/42' },
      }),
      ctx(),
    );
    expect(check.ready).toBe(true);
    expect(check.issues).toEqual([]);
    expect(check.warnings.map((w) => w.field).sort()).toEqual(['callStatusCallback', 'content.url']);
    expect(check.warnings.find((w) => w.field === 'callStatusCallback')?.message).toMatch(
      /plain http: every call’s number and outcome would travel unencrypted/,
    );
    const https = checkLaunch(draft({ callStatusCallback: 'https://hooks.example.com/x' }), ctx());
    expect(https.warnings.map((w) => w.field)).toEqual([]);
  });

  it('counts the contacts an empty variable leaves silent, until they are left out', () => {
    const empty = ctx({ audience: audience({ emptyByVariable: { Amount: 12 } }) });
    expect(checkLaunch(draft(), empty).warnings.map((w) => w.message)).toContain(
      '12 contacts have no Amount: @@Amount would be silent for them',
    );
    expect(checkLaunch(draft({ skipEmptyFor: ['Amount'] }), empty).warnings).toEqual([]);
  });
});

describe('the request a draft stands for', () => {
  it('carries every field in the reference’s terms, the key as name and custom field', () => {
    const input = buildCreateInput(
      draft({
        content: { kind: 'text', text: 'Press 1', flowType: 'ivr', repeatMenuAttempts: 2 },
        retries: { count: 2, intervalMins: 5, mechanism: 'Exponential', onStatus: ['failed'] },
        schedule: { kind: 'later', sendAt: '2026-12-02T10:00', endAt: '2026-12-02T20:00', timeZone: 'Asia/Kolkata' },
        mode: 'custom',
        throttle: 20,
        callDuplicateNumbers: true,
        statusCallback: 'https://h.example.com/s',
      }),
      { lists: ['b7799a24becf436da672163858e8165d'], campaignType: 'dynamic' },
      'Dues December',
    );
    expect(input).toEqual({
      name: 'Dues December',
      callerId: '08047112233',
      callDuplicateNumbers: true,
      lists: ['b7799a24becf436da672163858e8165d'],
      campaignType: 'dynamic',
      readViaText: 'Press 1',
      flowType: 'ivr',
      repeatMenuAttempts: 2,
      retries: { numberOfRetries: 2, intervalMins: 5, mechanism: 'Exponential', onStatus: ['failed'] },
      schedule: { sendAt: '2026-12-02T10:00:00+05:30', endAt: '2026-12-02T20:00:00+05:30' },
      mode: 'custom',
      throttle: 20,
      statusCallback: 'https://h.example.com/s',
      customField: 'Dues December',
    });
  });
});
