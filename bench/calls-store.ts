import { toCampaign } from '../src/main/exotel';
import { AccountsRepo } from '../src/main/store/accounts-repo';
import { CallDetailsRepo, keyCalls } from '../src/main/store/call-details-repo';
import { CampaignsRepo } from '../src/main/store/campaigns-repo';
import type { Db } from '../src/main/store/db';
import { formatTime } from '../src/main/sandbox/time';
import type { CallDetail } from '../src/shared/exotel';

export const BENCH_ACCOUNT = 'bench';
export const BENCH_CAMPAIGN = 'bench-campaign-0000000000000000000000';

const OUTCOMES = ['completed', 'completed', 'no-answer', 'completed', 'busy', 'failed', 'completed'] as const;

/** `rows` calls of one finished campaign, about 1.4 calls a number, as a sync would have stored them. */
export function fillCalls(db: Db, rows: number): void {
  const at = '2025-03-03T04:30:00.000Z';
  new AccountsRepo(db).insert({
    id: BENCH_ACCOUNT,
    kind: 'exotel',
    name: 'Bench',
    accountSid: 'bench',
    apiKey: 'k',
    region: 'mumbai',
    host: 'https://api.in.exotel.com',
    defaultCountry: 'IN',
    callerId: '',
    createdAt: at,
    updatedAt: at,
  });
  const campaign = toCampaign({ id: BENCH_CAMPAIGN, name: 'Bench campaign', status: 'Completed', lists: [], from: [] }, null);
  const campaigns = new CampaignsRepo(db);
  campaigns.upsert(BENCH_ACCOUNT, campaign, at);
  const calls = new CallDetailsRepo(db);
  const start = Date.parse(at);
  let batch: CallDetail[] = [];
  for (let i = 0; i < rows; i++) {
    const status = OUTCOMES[i % OUTCOMES.length] ?? 'completed';
    // As Exotel writes times, and so as a sync keeps them: in the account's zone with its offset.
    const t = formatTime(start + i * 900);
    batch.push({
      callSid: ((i * 2654435761) >>> 0).toString(16).padStart(8, '0') + String(i).padStart(24, '0'),
      number: `+9198${String(10_000_000 + Math.floor(i / 1.4)).slice(-8)}`,
      name: i % 3 === 0 ? null : `Customer ${i}`,
      durationSeconds: status === 'completed' ? 20 + (i % 90) : 0,
      status,
      statusText: status,
      digit: i % 5 === 0 ? '1' : null,
      recordingUrl: '',
      dateCreated: t,
      startTime: t,
      endTime: t,
      callerId: '08047112233',
      direction: 'Outgoing',
    });
    if (batch.length === 2000) {
      calls.put(BENCH_ACCOUNT, BENCH_CAMPAIGN, keyCalls(batch));
      batch = [];
    }
  }
  calls.put(BENCH_ACCOUNT, BENCH_CAMPAIGN, keyCalls(batch));
  campaigns.setCallsState(BENCH_ACCOUNT, BENCH_CAMPAIGN, {
    total: rows,
    read: rows,
    complete: true,
    at,
    pass: 'full',
    fullAt: at,
    unreadable: 0,
  });
}
