import { parseArgs } from 'node:util';
import { parseDialect, type SandboxDialect } from './dialect';

export interface SandboxCliOptions {
  port: number;
  speed: number;
  seed: number;
  /** Start without the demo campaigns and lists. */
  empty: boolean;
  /** `docs`: answer in the forms Exotel's documentation shows instead of the Sandbox's own. */
  dialect: SandboxDialect;
}

/** Reads `--port N --speed N --seed N --empty --dialect sandbox|docs`; throws a message naming the option that is wrong. */
export function parseSandboxArgs(args: string[]): SandboxCliOptions {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string', default: '4010' },
      speed: { type: 'string', default: '1' },
      seed: { type: 'string', default: '1' },
      empty: { type: 'boolean', default: false },
      dialect: { type: 'string', default: 'sandbox' },
    },
  });
  const port = Number(values.port);
  const speed = Number(values.speed);
  const seed = Number(values.seed);
  if (!/^\d+$/.test(values.port) || port > 65535) throw new Error(`--port must be a port number from 0 to 65535, not "${values.port}"`);
  if (values.speed.trim() === '' || !Number.isFinite(speed) || speed < 0)
    throw new Error(`--speed must be 0 or more, not "${values.speed}"`);
  if (!/^-?\d+$/.test(values.seed)) throw new Error(`--seed must be a whole number, not "${values.seed}"`);
  return { port, speed, seed, empty: values.empty, dialect: parseDialect(values.dialect, '--dialect') };
}
