import { parseArgs } from 'node:util';

export interface SandboxCliOptions {
  port: number;
  speed: number;
  seed: number;
  /** Start without the demo campaigns and lists. */
  empty: boolean;
}

/** Reads `--port N --speed N --seed N --empty`; throws a message naming the option that is wrong. */
export function parseSandboxArgs(args: string[]): SandboxCliOptions {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string', default: '4010' },
      speed: { type: 'string', default: '1' },
      seed: { type: 'string', default: '1' },
      empty: { type: 'boolean', default: false },
    },
  });
  const port = Number(values.port);
  const speed = Number(values.speed);
  const seed = Number(values.seed);
  if (!/^\d+$/.test(values.port) || port > 65535) throw new Error(`--port must be a port number from 0 to 65535, not "${values.port}"`);
  if (values.speed.trim() === '' || !Number.isFinite(speed) || speed < 0) throw new Error(`--speed must be 0 or more, not "${values.speed}"`);
  if (!/^-?\d+$/.test(values.seed)) throw new Error(`--seed must be a whole number, not "${values.seed}"`);
  return { port, speed, seed, empty: values.empty };
}
