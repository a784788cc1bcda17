import { closeSync, existsSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { Sandbox, type SandboxDialect, type SandboxState } from '../../sandbox';
import type { FetchLike } from '../../platform/desktop';
import type { SandboxAccess } from './exotel-access';

const STATE_FILE = 'sandbox-state.json';

export interface SandboxHostOptions {
  speed?: number;
  seed?: number;
  /** How the simulator writes its answers; not kept with its data, so a restart may change it. */
  dialect?: SandboxDialect;
}
const SAVE_DELAY_MS = 2000;

/**
 * The built-in Sandbox account's simulator, kept in the user-data folder so its campaigns and lists are still
 * there after a restart. Created with demo data on first use.
 */
export class SandboxHost implements SandboxAccess {
  readonly baseUrl = 'https://sandbox.invalid';
  readonly sandbox: Sandbox;
  readonly fetch: FetchLike;
  private saveTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly file: string;

  constructor(userDataDir: string, options: SandboxHostOptions = {}) {
    this.file = join(userDataDir, STATE_FILE);
    this.sandbox = this.load(options) ?? SandboxHost.fresh(options);
    this.fetch = async (url, init) => {
      const response = await this.sandbox.fetch(url, init);
      if ((init.method ?? 'GET').toUpperCase() !== 'GET') this.scheduleSave();
      return response;
    };
  }

  private static fresh(options: SandboxHostOptions): Sandbox {
    const sandbox = new Sandbox({ speed: options.speed ?? 1, seed: options.seed ?? 7, dialect: options.dialect });
    sandbox.seedDemo();
    return sandbox;
  }

  private load(options: SandboxHostOptions): Sandbox | null {
    if (!existsSync(this.file)) return null;
    try {
      const state = JSON.parse(readFileSync(this.file, 'utf8')) as SandboxState;
      return Sandbox.restore(state, { speed: options.speed ?? 1, dialect: options.dialect });
    } catch (error) {
      // A damaged file only costs the Sandbox's practice data; start over rather than refuse to open.
      console.warn('[sandbox] could not restore its saved state; starting with fresh demo data', error);
      return null;
    }
  }

  get credentials(): SandboxAccess['credentials'] {
    return this.sandbox.credentials;
  }

  private scheduleSave(): void {
    if (this.saveTimer) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      this.save();
    }, SAVE_DELAY_MS);
    this.saveTimer.unref?.();
  }

  /** Written to a temporary file first so a crash mid-write never leaves half a state behind. */
  save(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    const tmp = `${this.file}.tmp`;
    const fd = openSync(tmp, 'w');
    try {
      this.sandbox.writeSnapshot((chunk) => writeSync(fd, chunk));
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, this.file);
  }
}
