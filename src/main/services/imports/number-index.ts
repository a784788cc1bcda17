/**
 * First row of each E.164 number seen so far. A million numbers fit in about 24 MB of typed
 * arrays where a Map of strings would take four times that and keep the collector busy.
 * Keys are the number's digits as a float: E.164 has at most 15 digits, below 2^53.
 */
export class NumberIndex {
  private keys: Float64Array;
  private rows: Int32Array;
  private mask: number;
  private count = 0;

  constructor(expected = 1 << 16) {
    let capacity = 1 << 10;
    while (capacity < expected * 2) capacity <<= 1;
    this.keys = new Float64Array(capacity);
    this.rows = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  get size(): number {
    return this.count;
  }

  /** Records `row` for `e164` unless the number is known; returns the earlier row, or 0 when new. */
  firstRowOrAdd(e164: string, row: number): number {
    const key = Number(e164.slice(1));
    let slot = this.slotOf(key);
    for (;;) {
      const found = this.keys[slot];
      if (found === 0) break;
      if (found === key) return this.rows[slot] ?? 0;
      slot = (slot + 1) & this.mask;
    }
    this.keys[slot] = key;
    this.rows[slot] = row;
    if (++this.count * 2 > this.keys.length) this.grow();
    return 0;
  }

  private slotOf(key: number): number {
    const low = key % 0x100000000;
    const high = (key - low) / 0x100000000;
    let h = Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h & this.mask;
  }

  private grow(): void {
    const keys = this.keys;
    const rows = this.rows;
    this.keys = new Float64Array(keys.length * 2);
    this.rows = new Int32Array(keys.length * 2);
    this.mask = this.keys.length - 1;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] ?? 0;
      if (key === 0) continue;
      let slot = this.slotOf(key);
      while (this.keys[slot] !== 0) slot = (slot + 1) & this.mask;
      this.keys[slot] = key;
      this.rows[slot] = rows[i] ?? 0;
    }
  }
}
