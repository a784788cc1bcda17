import { createExotelClient, type ExotelClient } from '../../../src/main/exotel';
import { dialectFromEnv, Sandbox } from '../../../src/main/sandbox';
import { CampaignsService } from '../../../src/main/services/campaigns/campaigns-service';
import { ExotelAccess, type ClientTuning } from '../../../src/main/services/exotel-access/exotel-access';
import { JobRunner } from '../../../src/main/services/app/job-runner';
import { AccountsRepo, type AccountRecord } from '../../../src/main/store/accounts-repo';
import { ActivityRepo } from '../../../src/main/store/activity-repo';
import { CampaignsRepo } from '../../../src/main/store/campaigns-repo';
import { openMemoryDatabase, type Db } from '../../../src/main/store/db';
import { CallDetailsRepo } from '../../../src/main/store/call-details-repo';

import type { JobFinished } from '../../../src/shared/jobs/schemas';
import { RecordingNotifier } from '../../../src/main/platform/test-ports';
import { BackgroundRefresh } from '../../../src/main/services/campaigns/background-refresh';
import { FinishNotices } from '../../../src/main/services/campaigns/finish-notices';
import { SettingsRepo } from '../../../src/main/store/settings-repo';
import { MemorySecrets } from '../../support/memory-secrets';

export const START = new Date('2025-03-03T04:30:00Z'); // 10:00 in India
const BASE_URL = 'https://sandbox.invalid';

/** A memory database with the app's whole schema. */
export function campaignsDb(): Db {
  return openMemoryDatabase();
}

function account(id: string, kind: AccountRecord['kind'], sandbox: Sandbox): Omit<AccountRecord, 'lastTest'> {
  const at = START.toISOString();
  return {
    id,
    kind,
    name: kind === 'sandbox' ? 'Sandbox' : 'Acme Exotel',
    accountSid: sandbox.credentials.accountSid,
    apiKey: sandbox.credentials.apiKey,
    region: kind === 'sandbox' ? 'custom' : 'mumbai',
    host: BASE_URL,
    defaultCountry: 'IN',
    callerId: '',
    callerIds: [],
    accountThrottle: 60,
    timeZone: '',
    createdAt: at,
    updatedAt: at,
  };
}

export interface Harness {
  db: Db;
  sandbox: Sandbox;
  client: ExotelClient;
  service: CampaignsService;
  repo: CampaignsRepo;
  calls: CallDetailsRepo;
  jobs: JobRunner;
  activity: ActivityRepo;
  notifier: RecordingNotifier;
  finishes: FinishNotices;
  refresher: BackgroundRefresh;
  events: Array<{ event: string; payload: unknown }>;
  /** Runs a job to its end. */
  finish(started: { jobId: string }): Promise<JobFinished>;
  net: { online: boolean; synced: Date[] };
  /** Which account is active: the built-in Sandbox or a "real" account that reaches the same simulator over fetch. */
  use(kind: 'sandbox' | 'exotel'): void;
  refresh(): Promise<JobFinished>;
  now: { value: Date };
}

export function harness(o: { interactiveMs?: number; tuning?: ClientTuning } = {}): Harness {
  const db = campaignsDb();
  const sandbox = new Sandbox({ seed: 7, speed: 0, start: START, dialect: dialectFromEnv(process.env) });
  sandbox.seedDemo();
  const accounts = new AccountsRepo(db);
  accounts.insert(account('sandbox', 'sandbox', sandbox));
  accounts.insert(account('acme', 'exotel', sandbox));
  const secrets = new MemorySecrets();
  secrets.entries.set('acme', sandbox.credentials.apiToken);
  const access = new ExotelAccess({
    secrets,
    fetch: sandbox.fetch,
    sandbox: () => ({ baseUrl: BASE_URL, credentials: sandbox.credentials, fetch: sandbox.fetch }),
    tuning: { requestsPerMinute: 6000, ...o.tuning },
  });
  let active = 'sandbox';
  const net = { online: true, synced: [] as Date[] };
  const now = { value: new Date(sandbox.clock.now()) };
  const activity = new ActivityRepo(db);
  const jobs = new JobRunner({ emit: () => undefined, activity });
  const settings = new SettingsRepo(db);
  const notifier = new RecordingNotifier();
  const events: Array<{ event: string; payload: unknown }> = [];
  const finishes = new FinishNotices({ notifier, activity, settings, emit: (event, payload) => events.push({ event, payload }) });
  const repo = new CampaignsRepo(db);
  const calls = new CallDetailsRepo(db);
  const service = new CampaignsService({
    repo,
    calls,
    accounts: { activeAccount: () => accounts.get(active) },
    access,
    network: {
      isOnline: () => net.online,
      reaches: (account) => account.kind === 'sandbox' || net.online,
      markSynced: (at) => net.synced.push(at),
    },
    jobs,
    finishes,
    now: () => now.value,
    interactiveMs: o.interactiveMs,
  });
  const refresher = new BackgroundRefresh({
    campaigns: service,
    repo,
    accounts: { activeAccount: () => accounts.get(active) },
    settings,
    requestsPerMinute: () => 30,
    onChanged: (accountId) => events.push({ event: 'campaigns:changed', payload: { accountId } }),
  });
  const client = createExotelClient({
    credentials: { baseUrl: BASE_URL, ...sandbox.credentials },
    fetch: sandbox.fetch,
    requestsPerMinute: 6000,
  });
  const finish = async ({ jobId }: { jobId: string }): Promise<JobFinished> => {
    const finished = await jobs.wait(jobId);
    if (!finished) throw new Error('the job vanished');
    return finished;
  };
  return {
    db,
    sandbox,
    client,
    service,
    repo,
    calls,
    jobs,
    activity,
    notifier,
    finishes,
    refresher,
    events,
    finish,
    net,
    now,
    use: (kind) => {
      active = kind === 'sandbox' ? 'sandbox' : 'acme';
    },
    refresh: () => finish(service.refresh()),
  };
}
