import { AccountsRepo } from './store/accounts-repo';
import { ActivityRepo } from './store/activity-repo';
import { openDatabase, type Db } from './store/db';
import { SettingsRepo } from './store/settings-repo';
import { AccountsService } from './services/accounts-service';
import { CampaignsService } from './services/campaigns';
import { CampaignsRepo } from './store/campaigns-repo';
import { ExotelAccess } from './services/exotel-access';
import { SandboxHost } from './services/sandbox-host';
import { FileGrants } from './services/files';
import { ContactListsRepo, ImportService } from './services/imports';
import { JobRunner } from './services/job-runner';
import { ListsService } from './services/lists/lists-service';
import { NetworkMonitor } from './services/network-monitor';
import type { Desktop, EventSink, FetchLike } from './platform/desktop';
import type { Dialogs } from './platform/dialogs';
import type { SecretStore } from './platform/secret-store';
import { checkedEmit, defaultContractChecks, type ContractChecks } from './ipc/contract-check';

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
  /** How event payloads are held to the contract (see ContractChecks); strict outside production by default. */
  contractChecks?: ContractChecks;
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
  /**
   * Stops running jobs (waiting up to `deadlineMs` for their cleanup, which still writes to the store), then
   * closes the store. Quitting awaits this.
   */
  close(options?: { deadlineMs?: number }): Promise<void>;
}

/** Builds the app's services over a set of ports. The same function runs inside Electron and in the test host. */
export function createAppServices(given: PlatformPorts): AppServices {
  const ports: PlatformPorts = { ...given, emit: checkedEmit(given.emit, given.contractChecks ?? defaultContractChecks()) };
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
  const campaigns = new CampaignsService({ repo: new CampaignsRepo(db), accounts, access, network, jobs });
  const lists = new ListsService({
    imports: new ImportService({
      db,
      workers: ports.importWorkers,
      onInterrupted: ({ accountId, name, sourceFile }) =>
        activity.add({
          accountId,
          kind: 'import',
          level: 'warning',
          message: `The import of ${sourceFile} (as “${name}”) was interrupted when the app closed, so nothing of it was kept; import it again.`,
        }),
    }),
    repo: new ContactListsRepo(db),
    jobs,
    accounts,
    access,
    network,
    dialogs: ports.dialogs,
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
    async close(options = {}) {
      network.stop();
      sandbox.save();
      const stopped = await jobs.stopAll(options.deadlineMs ?? 5000);
      if (!stopped) console.warn('[close] a job was still stopping at the deadline; closing the store anyway');
      await lists.close();
      db.close();
    },
  };
}
