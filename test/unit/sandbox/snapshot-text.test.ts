import { describe, expect, it } from 'vitest';
import { Sandbox } from '../../../src/main/sandbox';
import { writeJson } from '../../../src/main/sandbox/json-chunks';

function pieces(value: unknown, flushAt?: number): string[] {
  const out: string[] = [];
  writeJson(value, (chunk) => out.push(chunk), flushAt);
  return out;
}
import { START } from '../exotel/helpers';

describe('the Sandbox saved in pieces', () => {
  it('writes the same JSON as JSON.stringify, whatever the piece size', () => {
    const data = { a: [1, 'two', null, { b: undefined, c: [true, false], 'd"e': 'x\ny' }], f: undefined, g: {}, h: [], i: -0.5 };
    for (const flushAt of [1, 7, 1 << 20]) expect(pieces(data, flushAt).join('')).toBe(JSON.stringify(data));
  });

  it('a demo Sandbox restored from its pieces is the Sandbox it was', () => {
    const sandbox = new Sandbox({ seed: 9, speed: 0, start: START });
    sandbox.seedDemo();
    const text: string[] = [];
    sandbox.writeSnapshot((chunk) => text.push(chunk));
    const fromPieces = JSON.parse(text.join('')) as ReturnType<Sandbox['snapshot']>;
    const whole = sandbox.snapshot();
    // The clock's wall time is read at each save; the simulated time (speed 0) stands still.
    expect({ ...fromPieces, clock: fromPieces.clock.now }).toEqual({ ...whole, clock: whole.clock.now });
    expect(Sandbox.restore(fromPieces).snapshot().campaigns).toEqual(whole.campaigns);
  });
});
