import { afterEach, describe, expect, it, vi } from 'vitest';
import { walkPages } from '../../../src/main/exotel/paging';
import { single, toItemResult, toPage, UNREADABLE_RECORD } from '../../../src/main/exotel/results';
import type { Answer } from '../../../src/main/exotel/transport';
import { toAppError } from '../../../src/main/services/exotel-access/exotel-errors';

/** What a library throws when a record is not what the app expects: a path, code and a value from the record. */
const TECHNICAL =
  "TypeError: Cannot read properties of undefined (reading 'sid') at /opt/Campaign Desk/resources/app.asar/out/main/index.js:812 token=abcdef123456";

const broken = (): never => {
  throw new Error(TECHNICAL);
};

function answer(items: unknown[]): Answer {
  return {
    status: 200,
    headers: new Headers(),
    envelope: {
      requestId: 'r1',
      httpCode: 200,
      metadata: { count: items.length, offset: 0, total: items.length, limit: 20 },
      single: false,
      items: items.map((data) => ({ code: 200, ok: true, data, error: null, summary: null })),
      raw: {},
    },
  };
}

const windowText = (value: unknown) => JSON.stringify(value, (_k, v: unknown) => (v instanceof Error ? { message: v.message } : v));

afterEach(() => vi.restoreAllMocks());

describe('a record Exotel sent that the app cannot read', () => {
  it('carries plain words on, and its technical cause goes to the log only (credentials removed)', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = toItemResult({ code: 200, ok: true, data: { sid: 1 }, error: null, summary: null }, 3, broken);
    expect(result).toMatchObject({ ok: false, index: 3, error: { message: 'Unreadable record', description: UNREADABLE_RECORD } });
    expect(windowText(result)).not.toContain('app.asar');
    const log = logged.mock.calls.flat().join(' ');
    expect(log).toContain('record 3');
    expect(log).toContain("reading 'sid'");
    expect(log).not.toContain('abcdef123456');
  });

  it('stops a page walk with an error whose words and details hold nothing technical', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const page = toPage(answer([{ sid: 'CA1' }, { sid: 2 }]), 0, 20, (d) => {
      const sid = (d as { sid: unknown }).sid;
      return typeof sid === 'string' ? sid : broken();
    });
    expect(page.items).toEqual(['CA1']);
    const walk = walkPages(async () => page, {}, 20, {}, 'read the calls');
    const error = await (async () => {
      try {
        for await (const _ of walk) void _;
        return null;
      } catch (e) {
        return e;
      }
    })();
    expect(error).not.toBeNull();
    const shown = (toAppError(error) as { toShape(): unknown }).toShape();
    expect(shown).toMatchObject({
      code: 'exotel',
      message: 'Exotel sent an answer that could not be read while trying to read the calls.',
    });
    expect(windowText(shown)).not.toMatch(/app\.asar|TypeError|reading/);
    expect(logged).toHaveBeenCalled();
  });

  it('a single answer that cannot be read says so plainly and logs why', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const error = (() => {
      try {
        single(answer([{ sid: 1 }]), { method: 'GET', path: '/campaigns/c1', action: 'read the campaign' }, broken);
        return null;
      } catch (e) {
        return e;
      }
    })();
    const shown = (toAppError(error) as { toShape(): unknown }).toShape();
    expect(shown).toMatchObject({
      code: 'exotel',
      message: 'Exotel sent an answer that could not be read while trying to read the campaign.',
    });
    expect(windowText(shown)).not.toContain('app.asar');
    expect(logged.mock.calls.flat().join(' ')).toMatch(/read the campaign.*could not be read/);
  });
});
