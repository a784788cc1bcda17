import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { render } from '@testing-library/react';
import { App } from '../../../src/renderer/app/app';
import { useNav, type Section } from '../../../src/renderer/app/nav-store';
import { createDispatch } from '../../../src/main/ipc/handle';
import { createHandlers } from '../../../src/main/ipc/registry';
import type { PlatformPorts } from '../../../src/main/app-services';
import type { SecretStore } from '../../../src/main/platform/secret-store';
import { buildApi } from '../../../src/preload/build-api';
import type { EventName } from '../../../src/shared/ipc/contract';
import type { Result } from '../../../src/shared/ipc/result';
import { makeServices, type TestServices } from '../../support/services';
import { resetStores } from '../helpers';

export interface RealAppOptions {
  /** The section the window opens on. */
  section?: Section;
  /** Ports to change (a failing keychain, a fetch for a real account); the rest are the test defaults. */
  ports?: Partial<PlatformPorts> & { secrets?: SecretStore };
  /** Runs on the services before the window opens: add accounts, import sheets, queue dialog answers. */
  before?: (services: TestServices) => void | Promise<void>;
  /**
   * Stands between the preload and main, for what the real services cannot do by themselves: a bridge that
   * breaks (the window closing, main gone). Without it every call goes straight through.
   */
  bridge?: (channel: string, input: unknown, next: () => Promise<unknown>) => Promise<unknown>;
}

export interface RealApp {
  /** The app's real services behind the window (Sandbox, SQLite, jobs), with test ports to see into. */
  services: TestServices;
  view: ReturnType<typeof render>;
  /** Every call the window made, in order, as the preload saw it. */
  calls: Array<{ channel: string; input: unknown }>;
  /** What the preload would learn from Electron about a dropped file of this name: its path. */
  dropPaths: Map<string, string>;
}

/**
 * The whole renderer over the real registry in this process: the preload's buildApi, over the one dispatch
 * (input and output checks included), over createHandlers on the app's real services. Events reach the
 * window a tick later, as IPC would deliver them.
 */
export async function renderRealApp(options: RealAppOptions = {}): Promise<RealApp> {
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const services = makeServices({
    ...options.ports,
    onEvent: (event, payload) => {
      queueMicrotask(() => {
        for (const listener of listeners.get(event) ?? []) listener(payload);
      });
    },
  });
  await options.before?.(services);
  const dispatch = createDispatch(createHandlers(services), { isTrustedSender: () => true, outputs: 'strict' });
  const calls: RealApp['calls'] = [];
  const dropPaths = new Map<string, string>();
  const sender = { url: 'app://desk' };
  window.api = buildApi(
    (channel, input) => {
      calls.push({ channel, input });
      const next = () => dispatch(channel, input, sender);
      return options.bridge ? (options.bridge(channel, input, next) as ReturnType<typeof next>) : next();
    },
    (event, listener) => {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener);
      return () => set.delete(listener);
    },
    async (file) => {
      const path = dropPaths.get(file.name);
      if (!path)
        return {
          ok: false,
          error: { code: 'unsupported-file', message: `The app cannot tell where “${file.name}” is. Use Choose file to pick it instead.` },
        };
      return (await dispatch('files:dropped', { path }, sender)) as Result<{ fileId: string; fileName: string }>;
    },
  );
  resetStores();
  useNav.setState({ section: options.section ?? 'campaigns' });
  const view = render(<App />);
  return { services, view, calls, dropPaths };
}

/** Writes a sheet to a fresh folder and returns its path, for the open dialog or a drop to hand to the app. */
export function sheetFile(name: string, text: string | Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), 'desk-renderer-')), name);
  writeFileSync(path, text);
  return path;
}

/** A sheet of test/fixtures/sheets, by name, as the open dialog hands it out. */
export function fixtureSheet(name: string): string {
  return join(__dirname, '..', '..', 'fixtures', 'sheets', name);
}

/** Where a test's save dialog answer points: a path in a fresh folder, nothing written there yet. */
export function scratchPath(name: string): string {
  return join(mkdtempSync(join(tmpdir(), 'desk-renderer-')), name);
}

/** What the app wrote at `path`, or null while nothing is there. */
export function readBack(path: string): string | null {
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}
