import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../src/shared/ipc/result';
import { makeServices, type TestServices } from '../../support/services';

const base = { name: 'Ops', accountSid: 'acme', apiKey: 'k1', apiToken: 't1', region: 'mumbai' as const };
const monSat = { opens: '10:00', closes: '19:00', days: [1, 2, 3, 4, 5, 6], widenReason: '' };

let s: TestServices | null = null;
afterEach(() => s?.close());

describe('an account’s calling hours', () => {
  it('start as the country’s default and keep what was set across a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'desk-hours-'));
    s = makeServices({ userDataDir: dir });
    const created = await s.accounts.create(base);
    expect(created.callingHours).toBeNull();
    const set = await s.accounts.setHours(created.id, monSat);
    expect(set.callingHours).toEqual(monSat);
    s.close();

    s = makeServices({ userDataDir: dir });
    const again = (await s.accounts.state()).accounts.find((a) => a.id === created.id);
    expect(again?.callingHours).toEqual(monSat);
    const reset = await s.accounts.setHours(created.id, null);
    expect(reset.callingHours).toBeNull();
  });

  it('refuses to widen India’s 09:00–21:00 without a reason, naming the field', async () => {
    s = makeServices();
    const created = await s.accounts.create(base);
    const error = await s.accounts.setHours(created.id, { ...monSat, closes: '22:00' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).details).toEqual({
      issues: [{ path: ['hours', 'widenReason'], message: expect.stringMatching(/say why/) }],
    });
    const allowed = await s.accounts.setHours(created.id, {
      ...monSat,
      closes: '22:00',
      widenReason: 'Service calls the customer asked for',
    });
    expect(allowed.callingHours?.widenReason).toBe('Service calls the customer asked for');
  });

  it('can be set on the Sandbox too, which has none by default because its calls are simulated', async () => {
    s = makeServices();
    const sandbox = (await s.accounts.state()).accounts.find((a) => a.kind === 'sandbox');
    expect(sandbox?.callingHours).toBeNull();
    await s.accounts.setHours(sandbox!.id, monSat);
    expect((await s.accounts.state()).accounts.find((a) => a.id === sandbox!.id)?.callingHours).toEqual(monSat);
  });
});
