import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createExotelClient, type ClientClock, type ExotelClient } from '../src/main/exotel';
import { Sandbox, startSandboxServer } from '../src/main/sandbox';
import { CallDetailsReader } from '../src/main/services/campaigns/call-details-reader';
import { AccountsRepo } from '../src/main/store/accounts-repo';
import { CallDetailsRepo } from '../src/main/store/call-details-repo';
import { CampaignsRepo } from '../src/main/store/campaigns-repo';
import { openDatabase } from '../src/main/store/db';
import { EXOTEL_LIMITS } from '../src/shared/exotel';

/**
 * `npm run bench:sync`: a finished campaign's 100,000 calls read from the Sandbox over loopback HTTP into the
 * local store by the app's call-details reader, through a client paced at Exotel's 30 requests a minute. The
 * pacer's clock is simulated (it moves when the client waits, and moves the Sandbox's clock with it), so
 * minutes are simulated; the Sandbox enforces the same limit over a sliding minute and serves Exotel's
 * documented call-details page of 20. The ceiling is that pace times that page.
 * Last line: {"rows","requests","rows_per_min_simulated","ceiling_rows_per_min","ratio_to_ceiling","http_429"}.
 */
const NUMBERS = 100_000;
const PACE = 30;
const PAGE = EXOTEL_LIMITS.callDetailsPageSize;
const START = new Date('2025-03-03T03:30:00Z');

/** Time that passes only while the client waits; the Sandbox's clock follows it. */
function simulatedClock(sandbox: Sandbox): ClientClock {
  let t = 0;
  return {
    now: () => t,
    sleep: async (ms, signal) => {
      signal?.throwIfAborted();
      const step = Math.max(0, ms);
      t += step;
      sandbox.clock.advance(step);
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
}

async function finishedCampaign(sandbox: Sandbox): Promise<string> {
  const setup: ExotelClient = createExotelClient({
    credentials: { baseUrl: 'https://sandbox.invalid', ...sandbox.credentials },
    fetch: sandbox.fetch,
    requestsPerMinute: 60_000,
  });
  const [list] = await setup.lists.create([{ name: 'Bench sync' }]);
  if (!list?.ok) throw new Error('the bench list was not made');
  for (let i = 0; i < NUMBERS; i += 5000) {
    const batch = Array.from({ length: Math.min(5000, NUMBERS - i) }, (_, k) => ({
      number: `+9198${String(10_000_000 + i + k).slice(-8)}`,
    }));
    const made = await setup.contacts.create(batch);
    await setup.lists.addContacts(
      list.data.sid,
      made.map((r) => (r.ok ? r.data.sid : (r.existingSid ?? ''))),
    );
  }
  const campaign = await setup.campaigns.create({
    name: 'Bench sync campaign',
    callerId: '08047112233',
    lists: [list.data.sid],
    readViaText: 'Hello',
  });
  sandbox.clock.advance(3 * 24 * 3_600_000);
  const done = await setup.campaigns.get(campaign.id);
  if (done.status !== 'completed') throw new Error(`the bench campaign is ${done.status}`);
  return campaign.id;
}

async function main(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'campaign-desk-bench-sync-'));
  const sandbox = new Sandbox({ seed: 11, speed: 0, start: START, accountThrottle: 100_000 });
  const server = await startSandboxServer(sandbox);
  try {
    const made = performance.now();
    const id = await finishedCampaign(sandbox);
    console.log(`Sandbox campaign with ${NUMBERS} numbers run in ${Math.round(performance.now() - made)} ms`);
    sandbox.capCallDetailsPages(PAGE);
    sandbox.limitRate(PACE);

    const db = openDatabase(root);
    const at = START.toISOString();
    new AccountsRepo(db).insert({
      id: 'bench',
      kind: 'exotel',
      name: 'Bench',
      accountSid: sandbox.credentials.accountSid,
      apiKey: sandbox.credentials.apiKey,
      region: 'custom',
      host: server.url,
      defaultCountry: 'IN',
      callerId: '',
      createdAt: at,
      updatedAt: at,
    });
    const clock = simulatedClock(sandbox);
    let requests = 0;
    let limited = 0;
    const client = createExotelClient({
      credentials: { baseUrl: server.url, ...sandbox.credentials },
      fetch: (url, init) => fetch(url, init),
      clock,
      requestsPerMinute: PACE,
      onExchange: (e) => {
        requests++;
        if (e.status === 429) limited++;
      },
    });
    const campaigns = new CampaignsRepo(db);
    campaigns.upsert('bench', await client.campaigns.get(id), at);
    const calls = new CallDetailsRepo(db);
    const reader = new CallDetailsReader(campaigns, calls, () => new Date(START.getTime() + clock.now()), PAGE);
    const began = clock.now();
    const wall = performance.now();
    let pages = 0;
    await reader.fill('bench', id, client, {
      upTo: Number.POSITIVE_INFINITY,
      maxPages: Number.POSITIVE_INFINITY,
      onPage: (read) => {
        if (++pages % 1000 === 0)
          console.log(
            `${read} calls read, ${((clock.now() - began) / 60_000).toFixed(1)} simulated min, ${Math.round(performance.now() - wall)} ms`,
          );
      },
    });
    const minutes = (clock.now() - began) / 60_000;
    const rows = calls.count('bench', id, false);
    const rate = rows / minutes;
    const ceiling = PACE * PAGE;
    console.log(`read ${rows} calls in ${minutes.toFixed(1)} simulated minutes (${Math.round(performance.now() - wall)} ms of real time)`);
    console.log(
      JSON.stringify({
        rows,
        requests,
        rows_per_min_simulated: Math.round(rate),
        ceiling_rows_per_min: ceiling,
        ratio_to_ceiling: Number((rate / ceiling).toFixed(3)),
        http_429: limited,
      }),
    );
    db.close();
  } finally {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
