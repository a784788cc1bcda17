import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OutboxItemView } from '../../../src/shared/outbox/schemas';
import type { CampaignCreateInput } from '../../../src/shared/exotel';
import { createExotelClient } from '../../../src/main/exotel';
import { Sandbox } from '../../../src/main/sandbox';
import { ContactsImporter } from '../../../src/main/services/contacts/contacts-importer';
import { ContactsSender } from '../../../src/main/services/contacts/contacts-sender';
import { defaultImportSettings } from '../../../src/shared/contacts/default-settings';
import { OutboxService } from '../../../src/main/services/outbox/outbox-service';
import { type NewOutboxItem } from '../../../src/main/services/outbox/types';
import { AccountsRepo, type AccountRecord } from '../../../src/main/store/accounts-repo';
import { ActivityRepo } from '../../../src/main/store/activity-repo';
import { ContactsRepo } from '../../../src/main/store/contacts-repo';
import { openDatabase, type Db } from '../../../src/main/store/db';
import { OutboxRepo } from '../../../src/main/store/outbox-repo';
import type { FetchLike } from '../../../src/main/platform/desktop';
import { VirtualTime } from './virtual-time';

export const WORLD_START = new Date('2025-03-03T04:30:00Z'); // 10:00 in India
const BASE_URL = 'https://sandbox.invalid';
export const CALLER_ID = '08047112233';

function offline(): Error {
  return new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) });
}

export type Hang = 'before-work' | 'after-work' | null;

export interface WorldOptions {
  seed?: number;
  /** Per-attempt timeout of the client, real milliseconds; a slow answer past it is a lost one. */
  timeoutMs?: number;
}

/**
 * The outbox over a real database file and the Sandbox, with time, the network and the process under the test's
 * control: a kill leaves the database as it was at that instant and a new OutboxService takes it up.
 */
export class OutboxWorld {
  readonly dir = mkdtempSync(join(tmpdir(), 'desk-outbox-'));
  readonly sandbox: Sandbox;
  readonly time: VirtualTime;
  readonly events: OutboxItemView[] = [];
  db: Db;
  service: OutboxService;
  online = true;
  /** The next write hangs forever (the process is about to die), before or after the Sandbox did the work. */
  hangNextWrite: Hang = null;
  private readonly listeners = new Set<(online: boolean) => void>();

  constructor(private readonly o: WorldOptions = {}) {
    this.sandbox = new Sandbox({ seed: o.seed ?? 7, speed: 0, start: WORLD_START });
    this.time = new VirtualTime(WORLD_START.getTime(), (ms) => this.sandbox.clock.advance(ms));
    this.db = openDatabase(this.dir);
    const accounts = new AccountsRepo(this.db);
    accounts.insert(this.account('sandbox', 'sandbox'));
    accounts.insert(this.account('acme', 'exotel'));
    this.service = this.build();
  }

  private account(id: string, kind: AccountRecord['kind']): Omit<AccountRecord, 'lastTest'> {
    const at = WORLD_START.toISOString();
    const { accountSid, apiKey } = this.sandbox.credentials;
    return {
      id,
      kind,
      name: kind === 'sandbox' ? 'Sandbox' : 'Acme',
      accountSid,
      apiKey,
      region: 'custom',
      host: BASE_URL,
      defaultCountry: 'IN',
      callerId: CALLER_ID,
      callerIds: [CALLER_ID],
      accountThrottle: 60,
      timeZone: 'Asia/Kolkata',
      createdAt: at,
      updatedAt: at,
    };
  }

  /** The Sandbox account runs in the app and needs no network; a real account goes over it. */
  private fetchFor(account: AccountRecord): FetchLike {
    return (url, init) => {
      if (account.kind !== 'sandbox' && !this.online) return Promise.reject(offline());
      return this.fetch(url, init);
    };
  }

  private readonly fetch: FetchLike = async (url, init) => {
    const method = (init.method ?? 'GET').toUpperCase();
    if (method !== 'GET' && this.hangNextWrite) {
      const hang = this.hangNextWrite;
      this.hangNextWrite = null;
      if (hang === 'after-work') await this.sandbox.fetch(url, init);
      return new Promise<Response>(() => undefined);
    }
    return this.sandbox.fetch(url, init);
  };

  private build(): OutboxService {
    const service = new OutboxService({
      repo: new OutboxRepo(this.db),
      accounts: new AccountsRepo(this.db),
      access: {
        clientFor: async (account) =>
          createExotelClient({
            credentials: { baseUrl: BASE_URL, ...this.sandbox.credentials },
            fetch: this.fetchFor(account),
            requestsPerMinute: 6000,
            clock: this.time,
            random: () => 0.5,
            timeoutMs: this.o.timeoutMs ?? 2000,
            maxRetryWaitMs: 5000,
          }),
      },
      network: {
        reaches: (account) => account.kind === 'sandbox' || this.online,
        onChange: (listener) => {
          this.listeners.add(listener);
          return () => this.listeners.delete(listener);
        },
      },
      lists: new ContactsSender({
        lists: new ContactsRepo(this.db),
        sleep: async (ms) => this.time.advance(ms),
        now: () => new Date(this.time.now()),
      }),
      activity: new ActivityRepo(this.db, () => new Date(this.time.now())),
      emit: (view) => this.events.push(view),
      now: this.time.now,
      timers: this.time,
      settleDelayMs: 0,
      localOffsetMinutes: () => 330,
    });
    service.start();
    return service;
  }

  setOnline(online: boolean): void {
    this.online = online;
    for (const listener of [...this.listeners]) listener(online);
  }

  /** The process dies: nothing more of this run reaches the database; a new run opens the same file. */
  restart(): void {
    this.service.stop();
    this.listeners.clear();
    this.db.close();
    this.db = openDatabase(this.dir);
    this.service = this.build();
  }

  /** Drains everything that can go, moving time on to each wake-up, until nothing is left to do. */
  async settle(maxWakeups = 200): Promise<void> {
    for (let i = 0; i < maxWakeups; i++) {
      await this.service.idle();
      await new Promise((r) => setImmediate(r));
      if (this.service.busy()) continue;
      const next = this.time.nextAt();
      if (next === null) return;
      this.time.advance(next - this.time.now());
    }
  }

  /** Imports a sheet of `rows` contacts with a Name and a City (every third City empty) as a saved contact list. */
  async importList(name: string, rows: number, firstNumber = 76500000): Promise<string> {
    const file = join(this.dir, `${name.replace(/\W+/g, '-')}.csv`);
    const lines = ['Name,Phone,City'];
    for (let i = 0; i < rows; i++) lines.push(`Person ${i},98${String(firstNumber + i).padStart(8, '0')},${i % 3 === 2 ? '' : 'Pune'}`);
    writeFileSync(file, lines.join('\n'));
    const imports = new ContactsImporter({ db: this.db, workers: 0 });
    try {
      const preview = await imports.inspect(file);
      const settings = { ...defaultImportSettings(preview, { country: 'IN', listName: name }), filePath: file };
      const { listId } = await imports.run(settings, {
        accountId: null,
        signal: new AbortController().signal,
        onProgress: () => undefined,
      });
      return listId;
    } finally {
      await imports.close();
    }
  }

  enqueue(item: NewOutboxItem): OutboxItemView {
    return this.service.enqueue(item);
  }

  /** Several items as one, as a plan's launch queues its days. */
  enqueueAll<T>(build: (enqueue: (item: NewOutboxItem) => OutboxItemView) => T): T {
    return this.service.enqueueAll(build);
  }

  item(id: string): OutboxItemView {
    const view = this.service.get(id);
    if (!view) throw new Error(`no outbox item ${id}`);
    return view;
  }

  close(): void {
    this.service.stop();
    this.db.close();
  }
}

export function campaignInput(numbers: string[], extra: Partial<CampaignCreateInput> = {}): CampaignCreateInput {
  return { callerId: CALLER_ID, from: numbers, readViaText: 'Hello from the outbox', ...extra };
}

export function createItem(
  accountId: string,
  key: string,
  input: CampaignCreateInput,
  extra: { dependsOn?: string; listFromItem?: string } = {},
): NewOutboxItem {
  return {
    kind: 'campaign-create',
    accountId,
    title: `Launch “${key}”`,
    key,
    draftId: null,
    dependsOn: extra.dependsOn ?? null,
    payload: { input, listFromItem: extra.listFromItem ?? null },
  };
}

/** Every campaign the Sandbox holds under this name, deleted ones too: the simulator's own record. */
export function campaignsNamed(sandbox: Sandbox, name: string): number {
  return sandbox.snapshot().campaigns.filter((c) => c.settings.name === name).length;
}
