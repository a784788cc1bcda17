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
import { ContactsImporter, ContactsSender, ContactsService } from './services/contacts';
import { ContactsRepo } from './store/contacts-repo';
import { JobRunner } from './services/job-runner';
import { NetworkMonitor } from './services/network-monitor';
import { OutboxService } from './services/outbox';
import { rereadAfterAction } from './services/outbox/campaign-actions';
import { OutboxRepo } from './store/outbox-repo';
import { composeSettingsOf } from './services/compose/account-settings';
import { DraftsService } from './services/compose/drafts-service';
import { FollowUps } from './services/compose/follow-up';
import { DraftsRepo } from './store/drafts-repo';
import { AudienceReader } from './services/compose/audience';
import { ComposeService } from './services/compose/compose-service';
import type { Desktop, EventSink, FetchLike } from './platform/desktop';
import type { Dialogs } from './platform/dialogs';
import type { Notifier } from './platform/notifier';
import type { SecretStore } from './platform/secret-store';
import type { Updates } from './platform/updates';
import { checkedEmit, defaultContractChecks, type ContractChecks } from './ipc/contract-check';
import { RecordingNotifier } from './platform/test-ports';
import { BackgroundRefresh } from './services/campaigns/background-refresh';
import { FinishNotices } from './services/campaigns/finish-notices';
import { ExportService } from './services/export';
import type { SandboxDialect } from './sandbox';

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
  /** The OS notifications; without one they are only recorded (the web host, tests). */
  notifier?: Notifier;
  /** Worker threads for imports; 0 keeps imports on the calling thread. Default: two, or one per core if fewer. */
  importWorkers?: number;
  /** The installed app's updater; absent (updates off) in development and in the test host. */
  updates?: Updates;
  /** How event payloads are held to the contract (see ContractChecks); strict outside production by default. */
  contractChecks?: ContractChecks;
  /** The built-in Sandbox's answer forms: its own (default) or those Exotel's docs show. Never set in a packaged app. */
  sandboxDialect?: SandboxDialect;
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
  contacts: ContactsService;
  campaigns: CampaignsService;
  /** The only writer to Exotel: launches, test calls, list sends and campaign actions. */
  outbox: OutboxService;
  /**
   * Stops running jobs (waiting up to `deadlineMs` for their cleanup, which still writes to the store), then
   * closes the store. Quitting awaits this.
   */
  close(options?: { deadlineMs?: number }): Promise<void>;
  refresher: BackgroundRefresh;
  exports: ExportService;
  finishes: FinishNotices;
  notifier: Notifier;
  drafts: DraftsService;
  compose: ComposeService;
  followUps: FollowUps;
}

/** Builds the app's services over a set of ports. The same function runs inside Electron and in the test host. */
export function createAppServices(given: PlatformPorts): AppServices {
  const ports: PlatformPorts = { ...given, emit: checkedEmit(given.emit, given.contractChecks ?? defaultContractChecks()) };
  const db = openDatabase(ports.userDataDir);
  const settings = new SettingsRepo(db);
  const activity = new ActivityRepo(db);
  const jobs = new JobRunner({ emit: ports.emit, activity });
  const sandbox = new SandboxHost(ports.userDataDir, { dialect: ports.sandboxDialect });
  const access = new ExotelAccess({ secrets: ports.secrets, fetch: ports.fetch, sandbox: () => sandbox });
  const accounts = new AccountsService({
    repo: new AccountsRepo(db),
    settings,
    secrets: ports.secrets,
    activity,
    access,
    emit: ports.emit,
    jobs,
  });
  accounts.ensureSandbox(sandbox.credentials);
  const network = new NetworkMonitor({ desktop: ports.desktop, settings, emit: ports.emit });
  network.start();
  const files = new FileGrants({ emit: ports.emit });
  const notifier = ports.notifier ?? new RecordingNotifier();
  const finishes = new FinishNotices({ notifier, activity, settings, emit: ports.emit });
  const campaignsRepo = new CampaignsRepo(db);
  const onCampaignsChanged = (accountId: string): void => ports.emit('campaigns:changed', { accountId });
  const campaigns = new CampaignsService({
    repo: campaignsRepo,
    calls: new CallDetailsRepo(db),
    accounts,
    access,
    network,
    jobs,
    finishes,
    onChanged: onCampaignsChanged,
    nextRefreshAt: (): Date | null => refresher.nextAt(),
  });
  const refresher = new BackgroundRefresh({
    campaigns,
    repo: campaignsRepo,
    accounts,
    settings,
    requestsPerMinute: (account) => access.requestsPerMinute(account),
    onChanged: onCampaignsChanged,
  });
  refresher.start();
  const exports = new ExportService({
    campaigns: campaignsRepo,
    calls: new CallDetailsRepo(db),
    lists: new ContactsRepo(db),
    dialogs: ports.dialogs,
    jobs,
    accounts,
    fetchFor: (account) => (account.kind === 'sandbox' ? sandbox.fetch : ports.fetch),
    access: { clientFor: (account) => access.clientFor(account), isOffline: (account) => campaigns.isOffline(account) },
  });
  const outbox = new OutboxService({
    repo: new OutboxRepo(db),
    accounts: new AccountsRepo(db),
    access,
    network,
    lists: new ContactsSender({ lists: new ContactsRepo(db) }),
    activity,
    emit: (view) => {
      ports.emit('outbox:changed', view);
      rereadAfterAction(view, campaigns);
    },
  });
  outbox.start();
  const contacts = new ContactsService({
    importer: new ContactsImporter({
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
    repo: new ContactsRepo(db),
    jobs,
    accounts,
    access,
    network,
    dialogs: ports.dialogs,
    outbox,
    files,
    onChanged: (listId) => ports.emit('contacts:changed', { listId }),
  });
  contacts.clearInterruptedImports();
  const drafts = new DraftsService({
    drafts: new DraftsRepo(db),
    lists: new ContactsRepo(db),
    campaigns: new CampaignsRepo(db),
    activeAccount: () => accounts.activeAccount(),
    accountDefaults: composeSettingsOf,
    emit: ports.emit,
  });
  const compose = new ComposeService({
    drafts,
    audience: new AudienceReader({
      lists: new ContactsRepo(db),
      clientFor: (account) => access.clientFor(account),
      reachable: (account) => network.reaches(account),
    }),
    accounts: new AccountsRepo(db),
    activeAccount: () => accounts.activeAccount(),
    outbox,
    campaigns: campaignsRepo,
  });
  const followUps = new FollowUps({
    activeAccount: () => accounts.activeAccount(),
    campaigns: campaignsRepo,
    calls: new CallDetailsRepo(db),
    localContacts: (accountId, cached) => exports.localContacts(accountId, cached),
    // A follow-up list is a campaign's unreached numbers: small enough to check on this thread.
    importer: new ContactsImporter({ db, workers: 0 }),
    drafts,
    scratchDir: ports.userDataDir,
    onListCreated: (listId) => ports.emit('contacts:changed', { listId }),
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
    contacts,
    campaigns,
    outbox,
    drafts,
    compose,
    followUps,
    refresher,
    exports,
    finishes,
    notifier,
    async close(options = {}) {
      outbox.stop();
      refresher.stop();
      network.stop();
      sandbox.save();
      const stopped = await jobs.stopAll(options.deadlineMs ?? 5000);
      if (!stopped) console.warn('[close] a job was still stopping at the deadline; closing the store anyway');
      await contacts.close();
      db.close();
    },
  };
}
