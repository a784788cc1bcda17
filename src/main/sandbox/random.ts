/** Deterministic numbers from a seed, so a Sandbox run can be replayed exactly. */

/** Mixes any integers into one well-spread 32-bit value. */
export function hash32(...parts: number[]): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    h = Math.imul(h ^ (part >>> 0), 0x01000193);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    h ^= h >>> 12;
    h = Math.imul(h, 0x297a2d39);
    h ^= h >>> 15;
  }
  return h >>> 0;
}

/** A number in [0, 1) fixed by the parts. */
export function unit(...parts: number[]): number {
  return hash32(...parts) / 4294967296;
}

export function stringHash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x9e3779b1);
  return h >>> 0;
}

/** Hex digits fixed by the parts, for ids that must not depend on how many requests came before. */
export function hexFrom(length: number, ...parts: number[]): string {
  let out = '';
  for (let i = 0; out.length < length; i++)
    out += hash32(...parts, i)
      .toString(16)
      .padStart(8, '0');
  return out.slice(0, length);
}

/** Hex ids drawn from a counter, so ids stay unique and repeatable across snapshot and restore. */
export class IdSource {
  constructor(
    private readonly seed: number,
    public counter = 0,
  ) {}

  hex(length: number): string {
    return hexFrom(length, this.seed, this.counter++);
  }
}
