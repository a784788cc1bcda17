import Database from 'libsql';
import { afterEach, describe, expect, it } from 'vitest';
import { AccountsRepo } from '../../../src/main/store/accounts-repo';
import { migrate } from '../../../src/main/store/db';
import { migrations } from '../../../src/main/store/migrations';
import { m006Drafts } from '../../../src/main/store/migrations/006-drafts';
import { AccountCreateInput } from '../../../src/shared/accounts/schemas';
import { makeServices, type TestServices } from '../../support/services';

const base = { name: 'Ops', accountSid: 'acme', apiKey: 'k1', apiToken: 't1', region: 'mumbai' as const };

let s: TestServices;
afterEach(() => s?.close());

function issues(input: unknown): Record<string, string> {
  const parsed = AccountCreateInput.safeParse(input);
  if (parsed.success) return {};
  return Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('account settings the composer needs', () => {
  it('keeps several ExoPhones (the first the default), the campaign throttle and the time zone', async () => {
    s = makeServices();
    const created = await s.accounts.create({
      ...base,
      callerIds: ['08011112222', '+918033334444'],
      accountThrottle: 120,
      timeZone: 'Asia/Kolkata',
    });
    expect(created).toMatchObject({
      callerId: '08011112222',
      callerIds: ['08011112222', '+918033334444'],
      accountThrottle: 120,
      timeZone: 'Asia/Kolkata',
    });

    const updated = await s.accounts.update({
      id: created.id,
      ...base,
      apiToken: undefined,
      callerIds: ['+918033334444'],
      accountThrottle: 60,
      timeZone: '',
    });
    expect(updated).toMatchObject({ callerId: '+918033334444', callerIds: ['+918033334444'], accountThrottle: 60, timeZone: '' });
  });

  it('defaults: throttle 60, zone from the country, one caller ID taken as the list of one', async () => {
    s = makeServices();
    const created = await s.accounts.create({ ...base, callerId: '08011112222' });
    expect(created).toMatchObject({ callerIds: ['08011112222'], accountThrottle: 60, timeZone: '' });
  });

  it('names the ExoPhone that is wrong by its line, and refuses an unknown zone or a throttle below 2', () => {
    expect(issues({ ...base, callerIds: ['08011112222', '0801-CALL', '08011112222'] })).toEqual({
      'callerIds.1': 'Line 2: “0801-CALL” is not an ExoPhone; use its 6 to 15 digits, with an optional leading +',
      'callerIds.2': 'Line 3: 08011112222 is listed twice',
    });
    expect(issues({ ...base, timeZone: 'Mars/Olympus' })).toEqual({
      timeZone: '“Mars/Olympus” is not a time zone this computer knows; use a name such as Asia/Kolkata',
    });
    expect(issues({ ...base, accountThrottle: 1 })).toHaveProperty('accountThrottle', expect.stringMatching(/at least 2/));
    expect(issues({ ...base, accountThrottle: 60, timeZone: 'Europe/London', callerIds: [] })).toEqual({});
  });

  it('an existing account keeps its caller ID as its only ExoPhone after the upgrade', () => {
    const db = new Database(':memory:');
    for (const m of migrations.filter((x) => x.version < m006Drafts.version)) db.exec(m.sql);
    db.exec(`PRAGMA user_version = ${m006Drafts.version - 1}`);
    db.prepare(
      `INSERT INTO accounts (id, kind, name, account_sid, api_key, region, host, default_country, caller_id, created_at, updated_at)
       VALUES ('a1', 'exotel', 'Old', 'acme', 'k', 'mumbai', 'https://api.in.exotel.com', 'IN', '08099990000', 'x', 'x')`,
    ).run();
    expect(migrate(db)).toContain(6);
    expect(new AccountsRepo(db).get('a1')).toMatchObject({
      callerId: '08099990000',
      callerIds: ['08099990000'],
      accountThrottle: 60,
      timeZone: '',
    });
    db.close();
  });
});
