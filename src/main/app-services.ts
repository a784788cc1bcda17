import { AccountsRepo } from './store/accounts-repo';
import { ActivityRepo } from './store/activity-repo';
import { openDatabase, type Db } from './store/db';
import { SettingsRepo } from './store/settings-repo';
import { AccountsService } from './services/accounts-service';
import { ExotelAccess, type SandboxAccess } from './services/exotel-access';
import { JobRunner } from './services/job-runner';
import { NetworkMonitor } from './services/network-monitor';
import type { Desktop, EventSink, FetchLike } from './platform/desktop';
import type { Dialogs } from './platform/dialogs';
import type { SecretStore } from './platform/secret-store';

/** Everything the services need from the world around them; Electron and the test host each supply their own. */
export interface PlatformPorts {
  userDataDir: string;
  secrets: SecretStore;
  dialogs: Dialogs;
  desktop: Desktop;
  fetch: FetchLike;
  emit: EventSink;
  shell: 'electron' | 'web-host';
  version: string;
  platform: string;
}

export interface AppServices {
  ports: PlatformPorts;
  db: Db;
  settings: SettingsRepo;
  activity: ActivityRepo;
  jobs: JobRunner;
  accounts: AccountsService;
  access: ExotelAccess;
  network: NetworkMonitor;
  close(): void;
}

const PENDING_SANDBOX: SandboxAccess = {
  baseUrl: 'https://sandbox.campaign-desk.invalid',
  credentials: { accountSid: 'campaigndesk', apiKey: 'sandbox-key', apiToken: 'sandbox-token' },
  fetch: async () => new Response(JSON.stringify({ http_code: 503 }), { status: 503 }),
};

/** Builds the app's services over a set of ports. The same function runs inside Electron and in the test host. */
export function createAppServices(ports: PlatformPorts): AppServices {
  const db = openDatabase(ports.userDataDir);
  const settings = new SettingsRepo(db);
  const activity = new ActivityRepo(db);
  const jobs = new JobRunner({ emit: ports.emit, activity });
  const access = new ExotelAccess({ secrets: ports.secrets, fetch: ports.fetch, sandbox: () => PENDING_SANDBOX });
  const accounts = new AccountsService({
    repo: new AccountsRepo(db),
    settings,
    secrets: ports.secrets,
    activity,
    access,
    emit: ports.emit,
  });
  accounts.ensureSandbox(PENDING_SANDBOX.credentials);
  const network = new NetworkMonitor({ desktop: ports.desktop, settings, emit: ports.emit });
  network.start();
  return {
    ports,
    db,
    settings,
    activity,
    jobs,
    accounts,
    access,
    network,
    close() {
      network.stop();
      jobs.cancelAll();
      db.close();
    },
  };
}
