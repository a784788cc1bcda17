import { AccountsRepo } from './store/accounts-repo';
import { ActivityRepo } from './store/activity-repo';
import { openDatabase, type Db } from './store/db';
import { SettingsRepo } from './store/settings-repo';
import { AccountsService } from './services/accounts-service';
import { CampaignsService } from './services/campaigns';
import { CallDetailsRepo } from './store/call-details-repo';
import { CampaignsRepo } from './store/campaigns-repo';
import { ExotelAccess } from './services/exotel-access';
import { SandboxHost } from './services/sandbox-host';
import { FileGrants } from './services/files';
import { ContactListsRepo, ImportService } from './services/imports';
import { JobRunner } from './services/job-runner';
import { ListsService } from './services/lists/lists-service';
import { NetworkMonitor } from './services/network-monitor';
import { ListSender } from './services/lists/list-sender';
import { OutboxService } from './services/outbox';
import { OutboxRepo } from './store/outbox-repo';
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
  /** Worker threads for imports; 0 keeps imports on the calling thread. Default: two, or one per core if fewer. */
  importWorkers?: number;
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
  sandbox: SandboxHost;
  /** Files the window may name, by grant: see FileGrants. */
  files: FileGrants;
  lists: ListsService;
  campaigns: CampaignsService;
  /** The only writer to Exotel: launches, test calls, list sends and campaign actions. */
  outbox: OutboxService;
  close(): void;
}

/** Builds the app's services over a set of ports. The same function runs inside Electron and in the test host. */
export function createAppServices(ports: PlatformPorts): AppServices {
  const db = openDatabase(ports.userDataDir);
  const settings = new SettingsRepo(db);
  const activity = new ActivityRepo(db);
  const jobs = new JobRunner({ emit: ports.emit, activity });
  const sandbox = new SandboxHost(ports.userDataDir);
  const access = new ExotelAccess({ secrets: ports.secrets, fetch: ports.fetch, sandbox: () => sandbox });
  const accounts = new AccountsService({
    repo: new AccountsRepo(db),
    settings,
    secrets: ports.secrets,
    activity,
    access,
    emit: ports.emit,
  });
  accounts.ensureSandbox(sandbox.credentials);
  const network = new NetworkMonitor({ desktop: ports.desktop, settings, emit: ports.emit });
  network.start();
  const files = new FileGrants({ emit: ports.emit });
  const campaigns = new CampaignsService({ repo: new CampaignsRepo(db), calls: new CallDetailsRepo(db), accounts, access, network, jobs });
  const outbox = new OutboxService({
    repo: new OutboxRepo(db),
    accounts: new AccountsRepo(db),
    access,
    network,
    lists: new ListSender({ lists: new ContactListsRepo(db) }),
    activity,
    emit: (view) => ports.emit('outbox:changed', view),
  });
  outbox.start();
  const lists = new ListsService({
    imports: new ImportService({ db, workers: ports.importWorkers }),
    repo: new ContactListsRepo(db),
    jobs,
    accounts,
    access,
    network,
    dialogs: ports.dialogs,
    outbox,
    files,
    onChanged: (listId) => ports.emit('lists:changed', { listId }),
  });
  return {
    ports,
    db,
    settings,
    activity,
    jobs,
    accounts,
    access,
    network,
    sandbox,
    files,
    lists,
    campaigns,
    outbox,
    close() {
      outbox.stop();
      network.stop();
      sandbox.save();
      jobs.cancelAll();
      void lists.close();
      db.close();
    },
  };
}
