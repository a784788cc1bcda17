/**
 * First row of each E.164 number seen so far, in typed arrays: a million numbers take about
 * 20 MB, where a Map of strings takes several times that and keeps the collector busy. A
 * number is keyed by two integers read straight from its digits: the first eight digits with
 * the digit count, and the rest (E.164 has at most fifteen digits). A slot holds the first
 * integer and the row, eight bytes, so that the table for a 100,000-row sheet stays within a
 * core's own cache while the rows stream past; the second integer is kept by row, in the
 * order rows come, and read only when the first one matches.
 */
export class NumberIndex {
  private slots: Int32Array;
  private mask: number;
  private count = 0;
  private lowOfRow: Int32Array;

  constructor(expected = 1 << 16) {
    let capacity = 1 << 10;
    while (capacity * MAX_LOAD < expected) capacity *= 2;
    this.slots = new Int32Array(capacity * SLOT);
    this.mask = capacity - 1;
    // Small on purpose: it grows within the first rows, while the code is still being learnt; a first
    // growth late in a sheet would make the engine compile the packing loop again.
    this.lowOfRow = new Int32Array(FIRST_ROWS);
  }

  get size(): number {
    return this.count;
  }

  /** Records `row` for `e164` unless the number is known; returns the earlier row, or 0 when new. */
  firstRowOrAdd(e164: string, row: number): number {
    writeNumberKey(e164, KEY, 0);
    return this.firstRowOrAddKey(KEY[0] ?? 0, KEY[1] ?? 0, row);
  }

  /** As firstRowOrAdd, for a number's key as writeNumberKey wrote it; rows are positive. */
  firstRowOrAddKey(high: number, low: number, row: number): number {
    const slots = this.slots;
    let at = (hash(high, low) & this.mask) * SLOT;
    for (;;) {
      const h = slots[at];
      if (h === 0) break;
      if (h === high) {
        const earlier = slots[at + 1] ?? 0;
        if (this.lowOfRow[earlier] === low) return earlier;
      }
      at = (at + SLOT) & (slots.length - 1);
    }
    slots[at] = high;
    slots[at + 1] = row;
    if (row >= this.lowOfRow.length) this.lowOfRow = grown(this.lowOfRow, row + 1);
    this.lowOfRow[row] = low;
    if (++this.count > (slots.length / SLOT) * MAX_LOAD) this.grow();
    return 0;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.mask = this.slots.length / SLOT - 1;
    for (let from = 0; from < old.length; from += SLOT) {
      const high = old[from] ?? 0;
      if (high === 0) continue;
      const row = old[from + 1] ?? 0;
      let at = (hash(high, this.lowOfRow[row] ?? 0) & this.mask) * SLOT;
      while (this.slots[at] !== 0) at = (at + SLOT) & (this.slots.length - 1);
      this.slots[at] = high;
      this.slots[at + 1] = row;
    }
  }
}

function grown(array: Int32Array, least: number): Int32Array {
  let length = array.length * 2;
  while (length < least) length *= 2;
  const larger = new Int32Array(length);
  larger.set(array);
  return larger;
}

const KEY = new Int32Array(2);
const FIRST_ROWS = 1024;

/**
 * Writes the two integers that key `e164` at keys[at] and keys[at + 1]: the thread that reads
 * the sheet works them out, and only integers cross to the thread that keeps the index. The
 * high one is never 0, which leaves 0 to mean "no number".
 */
export function writeNumberKey(e164: string, keys: Int32Array, at: number): void {
  let high = 0;
  let low = 0;
  const digits = e164.length - 1;
  for (let i = 1; i <= digits; i++) {
    const d = e164.charCodeAt(i) - 48;
    if (i <= 8) high = high * 10 + d;
    else low = low * 10 + d;
  }
  // The digit count keeps 91 + 0123 apart from 91 + 123; high stays below 2^31.
  keys[at] = high * 16 + digits;
  keys[at + 1] = low;
}

/** Two ints a slot (high, row): a power of two, so probing wraps with a mask. */
const SLOT = 2;
/** Eight slots share a cache line, so probing on past a full slot is nearly free. */
const MAX_LOAD = 0.8;

function hash(high: number, low: number): number {
  let h = Math.imul(high ^ Math.imul(low, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
