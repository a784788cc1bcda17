import { describe, expect, it } from 'vitest';
import { createPhoneNormaliser } from '../../../src/shared/phone/normalise-phone';

describe('normalising a number cell for an Indian list', () => {
  const normalise = createPhoneNormaliser('IN');
  const e164 = (cell: string) => normalise(cell);

  it.each([
    ['9876543210', '+919876543210'],
    ['09876543210', '+919876543210'],
    ['+91 98765 43210', '+919876543210'],
    ['+91-98765-43210', '+919876543210'],
    ['0091 98765 43210', '+919876543210'],
    ['919876543210', '+919876543210'],
    ['98765.43210', '+919876543210'],
    ['022 2654 3210', '+912226543210'],
    ['(022) 26543210', '+912226543210'],
    ['2226543210', '+912226543210'],
    ['  9876543210\u00a0', '+919876543210'],
    ["'9876543210", '+919876543210'],
    ['="09876543210"', '+919876543210'],
    ['9876543210.0', '+919876543210'],
    ['+91\u200b9876543210', '+919876543210'],
  ])('reads %j as %s', (cell, expected) => {
    expect(e164(cell)).toEqual({ ok: true, e164: expected });
  });

  it.each([
    ['', 'empty-number'],
    ['   ', 'empty-number'],
    ['9.19876E+11', 'scientific-notation'],
    ['9,19876E+11', 'scientific-notation'],
    ['8.0E+09', 'scientific-notation'],
    ['N/A', 'letters'],
    ['98765 abc 10', 'letters'],
    ['-', 'not-a-number'],
    ['#98765', 'not-a-number'],
    ['98765', 'too-short'],
    ['987654321.0', 'invalid-number'],
    ['98765 43210 98765', 'too-long'],
    ['5555555555', 'invalid-number'],
    ['+1 415 555 0100', 'wrong-country'],
    ['+44 20 7946 0958', 'wrong-country'],
  ])('refuses %j as %s', (cell, reason) => {
    expect(e164(cell)).toEqual({ ok: false, reason });
  });

  it('works for other countries through the library alone', () => {
    const us = createPhoneNormaliser('US');
    expect(us('(415) 555-0132')).toEqual({ ok: true, e164: '+14155550132' });
    expect(us('9876543210')).toEqual({ ok: false, reason: 'invalid-number' });
  });

  it('refuses a country code it does not know', () => {
    expect(() => createPhoneNormaliser('XX')).toThrow(/Unknown country/);
  });
});
