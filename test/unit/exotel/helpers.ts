import {
  createExotelClient,
  type ClientClock,
  type ExotelClient,
  type ExotelClientOptions,
  type ExotelError,
} from '../../../src/main/exotel';
import { dialectFromEnv, Sandbox, startSandboxServer, type SandboxOptions, type SandboxServer } from '../../../src/main/sandbox';

export const START = new Date('2025-03-03T04:30:00Z'); // 10:00 in India

export interface FakeClock extends ClientClock {
  sleeps: number[];
}

/** Time that passes only when the client sleeps, and at once. */
export function fakeClock(start = 1_000_000): FakeClock {
  let t = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => t,
    sleep: async (ms, signal) => {
      signal?.throwIfAborted();
      sleeps.push(ms);
      t += ms;
      await Promise.resolve();
    },
  };
}

export interface Harness {
  sandbox: Sandbox;
  server: SandboxServer;
  client: ExotelClient;
  clock: FakeClock;
  makeClient(o?: Partial<ExotelClientOptions>): ExotelClient;
  close(): Promise<void>;
}

/** The dialect the Sandbox answers in: the suite runs these tests once in each (see vitest.config.mts). */
export const DIALECT = dialectFromEnv(process.env);

/** A Sandbox on a loopback port with a client talking to it through Node's fetch. */
export async function startHarness(o: { sandbox?: SandboxOptions; client?: Partial<ExotelClientOptions> } = {}): Promise<Harness> {
  const sandbox = new Sandbox({ seed: 7, speed: 0, start: START, dialect: DIALECT, ...o.sandbox });
  const server = await startSandboxServer(sandbox);
  const clock = fakeClock();
  const makeClient = (extra: Partial<ExotelClientOptions> = {}): ExotelClient =>
    createExotelClient({
      credentials: { baseUrl: server.url, ...sandbox.credentials },
      fetch: (url, init) => fetch(url, init),
      clock,
      random: () => 0.5,
      ...o.client,
      ...extra,
    });
  return { sandbox, server, clock, client: makeClient(), makeClient, close: () => server.close() };
}

export async function caught(promise: Promise<unknown>): Promise<ExotelError> {
  try {
    await promise;
  } catch (error) {
    return error as ExotelError;
  }
  throw new Error('expected the call to fail');
}

export function count(sandbox: Sandbox, method: string, path: string): number {
  return sandbox.requests.filter((r) => r.method === method && r.path === path).length;
}

export const numbers = (n: number, from = 0): string[] =>
  Array.from({ length: n }, (_, i) => `+9198${String(10_000_000 + from + i).slice(-8)}`);
