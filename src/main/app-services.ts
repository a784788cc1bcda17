import { checkedEmit, defaultContractChecks, type ContractChecks } from './ipc/contract-check';
import type { Desktop, EventSink, FetchLike } from './platform/desktop';
import type { Dialogs } from './platform/dialogs';
import type { Notifier } from './platform/notifier';
import type { ReportPrinter } from './platform/report-printer';
import type { SecretStore } from './platform/secret-store';
import type { Updates } from './platform/updates';
import type { SandboxDialect } from './sandbox';
import { AccountsRepo, type AccountRecord } from './store/accounts-repo';
import { ActivityRepo } from './store/activity-repo';
import { CallDetailsRepo } from './store/call-details-repo';
import { CampaignsRepo } from './store/campaigns-repo';
import { ContactsRepo } from './store/contacts-repo';
import { openDatabase, type Db } from './store/db';
import { DraftsRepo } from './store/drafts-repo';
import { PlansRepo } from './store/plans-repo';
import { PlanCarryRepo } from './store/plan-carry-repo';
import { ResultsRepo } from './store/results-repo';
import { ReportRepo } from './store/report-repo';
import { OutboxRepo } from './store/outbox-repo';
import { SettingsRepo } from './store/settings-repo';
import { JobRunner } from './services/app/job-runner';
import { NetworkMonitor } from './services/app/network-monitor';
import { FileGrants } from './services/files/file-grants';
import { AccountsService } from './services/accounts/accounts-service';
import { ExotelAccess } from './services/exotel-access/exotel-access';
import { SandboxHost } from './services/exotel-access/sandbox-host';
import { BackgroundRefresh } from './services/campaigns/background-refresh';
import { CampaignContacts } from './services/campaigns/campaign-contacts';
import { CampaignsService } from './services/campaigns/campaigns-service';
import { FinishNotices } from './services/campaigns/finish-notices';
import { rereadAfterAction } from './services/outbox/campaign-actions';
import { OutboxService } from './services/outbox/outbox-service';
import { ContactsImporter } from './services/contacts/contacts-importer';
import { ContactsSender } from './services/contacts/contacts-sender';
import { ContactsService } from './services/contacts/contacts-service';
import { composeSettingsOf } from './services/compose/account-settings';
import { AudienceReader } from './services/compose/audience';
import { ComposeService } from './services/compose/compose-service';
import { DraftsService } from './services/compose/drafts-service';
import { FollowUps } from './services/compose/follow-up';
import { ExportService } from './services/export/export-service';
import { PlansService } from './services/plans/plans-service';
import { PlanExport } from './services/export/plan-export';
import { editPlan } from './services/plans/plan-edit';
import type { PlanEdit, PlanEditResult } from '../shared/plans/actions';
import { CarryOverService } from './services/plans/carry-over-service';
import { importLeftoverRows } from './services/plans/carry-list';
import { ResultsService } from './services/results/results-service';
import { ReportService } from './services/report/report-service';

/** Everything the services need from the world around them; Electron and the web host each supply their own. */
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
  /** The OS notifications: Electron's in the app; the web host and the tests pass one that keeps them. */
  notifier: Notifier;
  /** Worker threads for imports; 0 keeps imports on the calling thread. Default: two, or one per core if fewer. */
  importWorkers?: number;
  /** The installed app's updater; absent (updates off) in development and in the web host. */
  updates?: Updates;
  /** How event payloads are held to the contract (see ContractChecks); strict outside production by default. */
  contractChecks?: ContractChecks;
  /** The built-in Sandbox's answer forms: its own (default) or those Exotel's docs show. Never set in a packaged app. */
  sandboxDialect?: SandboxDialect;
  /** Draws a campaign's report page as PDF or PNG: the desktop app's; absent where the page prints itself. */
  reportPrinter?: ReportPrinter;
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
  drafts: DraftsService;
  compose: ComposeService;
  followUps: FollowUps;
  /** Plans of daily runs, shown and acted on as one campaign. */
  plans: PlansService;
  /** A plan's calls, every day in one file. */
  planExports: PlanExport;
  /** Changes to the days of a plan not started yet. */
  planEdits: { edit(id: string, edit: PlanEdit): PlanEditResult };
  carryOver: CarryOverService;
  /** Results across campaigns and when people answer, from SQL aggregates. */
  results: ResultsService;
  /** A campaign's one-page report, shown and saved as PDF or PNG. */
  report: ReportService;
}

/** Builds the app's services over a set of ports. The same function runs inside Electron and in the web host. */
export function createAppServices(given: PlatformPorts): AppServices {
  const ports: PlatformPorts = { ...given, emit: checkedEmit(given.emit, given.contractChecks ?? defaultContractChecks()) };
  const { emit } = ports;

  // The store: one connection, one repository per table group.
  const db = openDatabase(ports.userDataDir);
  const settings = new SettingsRepo(db);
  const activity = new ActivityRepo(db);
  const accountsRepo = new AccountsRepo(db);
  const contactsRepo = new ContactsRepo(db);
  const campaignsRepo = new CampaignsRepo(db);
  const callsRepo = new CallDetailsRepo(db);
  const draftsRepo = new DraftsRepo(db);
  const outboxRepo = new OutboxRepo(db);
  const plansRepo = new PlansRepo(db);

  // The app itself: jobs, the network, files the window may name.
  const jobs = new JobRunner({ emit, activity });
  const network = new NetworkMonitor({ desktop: ports.desktop, settings, emit });
  const files = new FileGrants({ emit });

  // Accounts and how each reaches Exotel (the Sandbox account in process).
  const sandbox = new SandboxHost(ports.userDataDir, { dialect: ports.sandboxDialect });
  const access = new ExotelAccess({ secrets: ports.secrets, fetch: ports.fetch, sandbox: () => sandbox });
  const accounts = new AccountsService({ repo: accountsRepo, settings, secrets: ports.secrets, activity, access, emit, jobs });
  const activeAccount = (): AccountRecord | null => accounts.activeAccount();

  // Campaigns: the cache of what Exotel says, its background refresh, finish notices.
  const onCampaignsChanged = (accountId: string): void => {
    emit('campaigns:changed', { accountId });
    // Each refresh may have read the close of a plan's day: look for leftovers once the refresh is done.
    setTimeout(() => void carryOver.scan(accountId).catch(() => undefined), 0);
  };
  const finishes = new FinishNotices({ notifier: ports.notifier, activity, settings, emit });
  const campaigns = new CampaignsService({
    repo: campaignsRepo,
    calls: callsRepo,
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
  const campaignContacts = new CampaignContacts(contactsRepo);

  // The outbox: the only writer to Exotel.
  const outbox = new OutboxService({
    repo: outboxRepo,
    accounts: accountsRepo,
    access,
    network,
    lists: new ContactsSender({ lists: contactsRepo }),
    activity,
    emit: (view) => {
      emit('outbox:changed', view);
      rereadAfterAction(view, campaigns);
    },
  });

  // Contacts: sheets imported as lists, and lists sent to Exotel.
  const onListChanged = (listId: string | null): void => emit('contacts:changed', { listId });
  const importer = new ContactsImporter({
    db,
    workers: ports.importWorkers,
    onInterrupted: ({ accountId, name, sourceFile }) =>
      activity.add({
        accountId,
        kind: 'import',
        level: 'warning',
        message: `The import of ${sourceFile} (as “${name}”) was interrupted when the app closed, so nothing of it was kept; import it again.`,
      }),
  });
  const contacts = new ContactsService({
    importer,
    repo: contactsRepo,
    jobs,
    accounts,
    network,
    dialogs: ports.dialogs,
    outbox,
    files,
    onChanged: onListChanged,
  });

  // Compose: drafts, their audience and launch, follow-ups of a campaign.
  const drafts = new DraftsService({
    drafts: draftsRepo,
    lists: contactsRepo,
    campaigns: campaignsRepo,
    activeAccount,
    accountDefaults: composeSettingsOf,
    emit,
  });
  const audience = new AudienceReader({
    lists: contactsRepo,
    clientFor: (account) => access.clientFor(account),
    reachable: (account) => network.reaches(account),
  });
  const compose = new ComposeService({
    drafts,
    audience,
    accounts: accountsRepo,
    activeAccount,
    outbox,
    campaigns: campaignsRepo,
    plans: plansRepo,
  });
  const followUps = new FollowUps({
    activeAccount,
    campaigns: campaignsRepo,
    calls: callsRepo,
    contacts: campaignContacts,
    importer,
    drafts,
    scratchDir: ports.userDataDir,
    onListCreated: onListChanged,
  });

  // Export: call details to CSV, Exotel's own report.
  const exports = new ExportService({
    campaigns: campaignsRepo,
    calls: callsRepo,
    contacts: campaignContacts,
    dialogs: ports.dialogs,
    jobs,
    accounts,
    fetchFor: (account) => (account.kind === 'sandbox' ? sandbox.fetch : ports.fetch),
    access: { clientFor: (account) => access.clientFor(account), isOffline: (account) => campaigns.isOffline(account) },
  });

  // Plans of daily runs: their days' outbox items and campaigns, acted on together.
  const plans = new PlansService({
    repo: plansRepo,
    accounts,
    outbox,
    campaigns: {
      cached: (accountId, id) => campaignsRepo.get(accountId, id),
      reread: (accountId, id) => campaigns.reread(accountId, id),
      snapshots: (accountId, id) => campaignsRepo.snapshots(accountId, id),
    },
  });
  const planEdits = {
    edit: (id: string, edit: PlanEdit) =>
      editPlan({ plans, accounts, campaigns: { cached: (accountId, cid) => campaignsRepo.get(accountId, cid) }, outbox }, id, edit),
  };
  const planExports = new PlanExport({
    exports,
    campaigns: campaignsRepo,
    accounts,
    plans,
    dialogs: ports.dialogs,
    jobs,
    scratchDir: ports.userDataDir,
  });

  // What a plan's days did not finish, carried into catch-up runs through the outbox.
  const carryOver = new CarryOverService({
    plans: plansRepo,
    carry: new PlanCarryRepo(db),
    items: outboxRepo,
    outbox,
    campaigns: campaignsRepo,
    calls: callsRepo,
    accounts: { get: (id) => accountsRepo.get(id), activeId: () => accounts.activeId() },
    drafts: draftsRepo,
    lists: contactsRepo,
    importRows: async (account, listName, rows) => {
      const listId = await importLeftoverRows(importer, ports.userDataDir, account, listName, rows);
      onListChanged(listId);
      return listId;
    },
    settings,
    onChanged: (accountId) => emit('campaigns:changed', { accountId }),
  });

  // Results: what the stored calls add up to.
  const results = new ResultsService({
    repo: new ResultsRepo(db),
    activeAccount,
    syncedAt: (accountId) => campaignsRepo.accountSyncedAt(accountId),
  });

  const report = new ReportService({
    repo: new ReportRepo(db),
    campaigns,
    activeAccount,
    dialogs: ports.dialogs,
    printer: ports.reportPrinter ?? null,
  });

  // Start-up work, once everything is built.
  accounts.ensureSandbox(sandbox.credentials);
  importer.clearInterrupted();
  network.start();
  refresher.start();
  outbox.start();
  void carryOver.scan().catch(() => undefined);

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
    plans,
    planExports,
    planEdits,
    carryOver,
    results,
    report,
    refresher,
    exports,
    finishes,
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
