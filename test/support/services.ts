import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppServices, type AppServices, type PlatformPorts } from '../../src/main/app-services';
import { QueuedDialogs, RecordingDesktop, RecordingNotifier } from '../../src/main/platform/test-ports';
import type { SecretStore } from '../../src/main/platform/secret-store';
import type { EventName } from '../../src/shared/ipc/contract';
import { MemorySecrets } from './memory-secrets';
import { dialectFromEnv } from '../../src/main/sandbox/dialect';

export interface TestServices extends AppServices {
  events: Array<{ event: EventName; payload: unknown }>;
  dialogs: QueuedDialogs;
  desktop: RecordingDesktop;
}

/** The app's real services over a fresh user-data folder, with ports a test can see into. */
export function makeServices(
  overrides: Partial<PlatformPorts> & { secrets?: SecretStore; onEvent?: (event: EventName, payload: unknown) => void } = {},
): TestServices {
  const { onEvent, notifier = new RecordingNotifier(), ...ports } = overrides;
  const events: TestServices['events'] = [];
  const dialogs = new QueuedDialogs();
  const desktop = new RecordingDesktop();
  const services = createAppServices({
    userDataDir: mkdtempSync(join(tmpdir(), 'campaign-desk-unit-')),
    secrets: new MemorySecrets(),
    dialogs,
    desktop,
    notifier,
    fetch: () => Promise.reject(new Error('no network in unit tests')),
    emit: (event, payload) => {
      events.push({ event, payload });
      onEvent?.(event, payload);
    },
    shell: 'web-host',
    version: '0.0.0-test',
    platform: 'linux',
    importWorkers: 0,
    // The suite runs the tests that read Exotel's answers once in each Sandbox dialect (vitest.config.mts).
    sandboxDialect: dialectFromEnv(process.env),
    ...ports,
  });
  return Object.assign(services, { events, dialogs, desktop });
}
