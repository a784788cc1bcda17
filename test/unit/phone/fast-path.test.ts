import { parsePhoneNumberWithError } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { checkWithLibrary } from '../../../src/shared/phone/authority';
import { cleanNumberCell } from '../../../src/shared/phone/clean-cell';
import { createFastPath } from '../../../src/shared/phone/fast-path';
import { createPhoneNormaliser } from '../../../src/shared/phone/normalise-phone';
import { mulberry32 } from '../../support/seeded-random';

/** What libphonenumber-js alone says: the E.164 number for a valid Indian number, else null. */
function library(cell: string): string | null {
  try {
    const parsed = parsePhoneNumberWithError(cell, { defaultCountry: 'IN' });
    return parsed.isValid() && parsed.countryCallingCode === '91' ? parsed.number : null;
  } catch {
    return null;
  }
}

const SHAPES: Array<(n: string) => string> = [
  (n) => n,
  (n) => `0${n}`,
  (n) => `+91${n}`,
  (n) => `+91 ${n.slice(0, 5)} ${n.slice(5)}`,
  (n) => `91${n}`,
  (n) => `0091${n}`,
  (n) => `0091 ${n.slice(0, 5)} ${n.slice(5)}`,
  (n) => `+91-${n.slice(0, 5)}-${n.slice(5)}`,
  (n) => `(0${n.slice(0, 2)}) ${n.slice(2, 6)} ${n.slice(6)}`,
  (n) => `0${n.slice(0, 3)}-${n.slice(3)}`,
  (n) => `${n.slice(0, 3)}.${n.slice(3, 6)}.${n.slice(6)}`,
  (n) => n.slice(0, 9),
  (n) => `${n}7`,
  (n) => `+91${n.slice(0, 9)}`,
  (n) => `0${n.slice(0, 9)}`,
  (n) => `91${n.slice(0, 9)}`,
  (n) => `+910${n}`,
  (n) => `00${n}`,
  (n) => `+${n}`,
  (n) => `9191${n.slice(2)}`,
  (n) => `0${n.slice(1)}`,
];

/** Every 4-digit start of a national number with random tails, plus random numbers, in many shapes. */
function generatedCells(): string[] {
  const random = mulberry32(2024);
  const digits = (count: number): string => {
    let s = '';
    for (let i = 0; i < count; i++) s += Math.floor(random() * 10);
    return s;
  };
  const nationals: string[] = [];
  for (let prefix = 1000; prefix <= 9999; prefix++) nationals.push(`${prefix}${digits(6)}`);
  for (let i = 0; i < 8000; i++) nationals.push(`${2 + Math.floor(random() * 8)}${digits(9)}`);
  const cells: string[] = [];
  for (const n of nationals) {
    for (let k = 0; k < 3; k++) cells.push(SHAPES[Math.floor(random() * SHAPES.length)]!(n));
  }
  return cells;
}

describe('the Indian fast path', () => {
  const fast = createFastPath('IN');
  const cells = generatedCells();

  it('exists for India and stays off for countries it was not proven for', () => {
    expect(fast).not.toBeNull();
    expect(createFastPath('US')).toBeNull();
  });

  it('never accepts a number libphonenumber-js would refuse or write differently', () => {
    const disagreements: string[] = [];
    let accepted = 0;
    let libraryValid = 0;
    for (const cell of cells) {
      const ours = fast!(cell);
      const theirs = library(cell);
      if (theirs !== null) libraryValid++;
      if (ours === null) continue;
      accepted++;
      if (ours !== theirs) disagreements.push(`${cell}: fast ${ours}, library ${String(theirs)}`);
    }
    expect(disagreements.slice(0, 5)).toEqual([]);
    expect(cells.length).toBeGreaterThan(40_000);
    // It must also carry most of the load, or it would be no fast path at all.
    expect(accepted).toBeGreaterThan(libraryValid * 0.8);
  });

  it('makes the normaliser answer exactly as the library-only check does, refusals included', () => {
    const normalise = createPhoneNormaliser('IN');
    const differing: string[] = [];
    for (const cell of cells.slice(0, 20_000)) {
      const a = normalise(cell);
      const b = checkWithLibrary(cleanNumberCell(cell), 'IN');
      if (JSON.stringify(a) !== JSON.stringify(b)) differing.push(`${cell}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
    }
    expect(differing.slice(0, 5)).toEqual([]);
  });
});
