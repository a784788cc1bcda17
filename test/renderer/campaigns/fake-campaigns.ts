import type { CallRow, CallsPage, CallsQuery, CampaignListView, CampaignRow, StatSnapshot } from '../../../src/shared/campaigns/schemas';
import { emptyStats, statsFinished, statsTotal, type CallStatus, type Campaign, type CampaignStats } from '../../../src/shared/exotel';
import type { EventName, EventPayload } from '../../../src/shared/ipc/contract';
import type { Result } from '../../../src/shared/ipc/result';
import type { DeskApi } from '../../../src/shared/ipc/api-types';

const MINUTE = 60_000;

export function stats(over: Partial<CampaignStats>): CampaignStats {
  return { ...emptyStats(), ...over };
}

export function campaign(over: Partial<Campaign> & Pick<Campaign, 'id' | 'name' | 'status'>): Campaign {
  return {
    accountSid: 'sandbox',
    type: 'trans',
    campaignType: 'static',
    flowType: 'greeting',
    statusText: over.status === 'in-progress' ? 'in-progress' : over.status.charAt(0).toUpperCase() + over.status.slice(1),
    callerId: '08047112233',
    from: [],
    lists: [],
    url: null,
    readViaText: 'Hello from the Campaign Desk Sandbox.',
    repeatMenuAttempts: null,
    retries: { numberOfRetries: 1, intervalMins: 15, mechanism: 'Linear', onStatus: ['busy', 'no-answer'] },
    schedule: null,
    mode: 'auto',
    throttle: null,
    callDuplicateNumbers: false,
    statusCallback: null,
    callStatusCallback: null,
    callScheduleCallback: null,
    customField: null,
    dateCreated: null,
    dateUpdated: null,
    uri: null,
    reportUrl: null,
    stats: null,
    summary: null,
    ...over,
  };
}

const OUTCOMES: CallStatus[] = [
  'completed',
  'completed',
  'completed',
  'busy',
  'no-answer',
  'completed',
  'failed',
  'completed',
  'no-answer',
  'completed',
];

function callsFor(c: Campaign, count: number, digits = true): CallRow[] {
  const start = Date.parse(c.dateCreated ?? '2025-03-03T04:30:00Z') + MINUTE;
  return Array.from({ length: count }, (_, i) => {
    const status = OUTCOMES[(i * 7) % OUTCOMES.length] ?? 'completed';
    const at = new Date(start + i * 6_000).toISOString();
    return {
      key: `sid:sid${String(i).padStart(6, '0')}`,
      attempt: 1,
      callSid: `sid${String(i).padStart(6, '0')}`,
      number: `+9198${String(20_000_000 + i * 37).slice(-8)}`,
      name: i % 3 === 0 ? null : (['Aarav Sharma', 'Priya Iyer', 'Rohan Patel', 'Meera Nair'][i % 4] ?? null),
      durationSeconds: status === 'completed' ? 20 + (i % 50) : 0,
      status,
      statusText: status,
      digit: digits && status === 'completed' && i % 4 === 0 ? '1' : null,
      recordingUrl: null,
      dateCreated: at,
      startTime: at,
      endTime: at,
      callerId: '08047112233',
      direction: 'outbound-api',
    };
  });
}

export interface FakeCampaignsOptions {
  campaigns: Campaign[];
  snapshots?: Record<string, StatSnapshot[]>;
  calls?: Record<string, number>;
  /** Campaigns whose calls never had a key pressed (a spoken message, no IVR menu). */
  noDigits?: string[];
  lastSyncedAt?: string | null;
  offline?: boolean;
  sandbox?: boolean;
  /** Milliseconds between a refresh's progress events. */
  stepMs?: number;
  /** A refresh with nothing to read ends before its call answers, as a sync of an empty account can. */
  endsBeforeAnswer?: boolean;
}

export interface FakeCampaigns {
  bridge: DeskApi['campaigns'];
  queries: CallsQuery[];
  state: { campaigns: Campaign[]; lastSyncedAt: string | null; offline: boolean };
  /** Where job events go; set by whoever installs the fake. */
  emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void;
}

const ok = async <T>(data: T): Promise<Result<T>> => ({ ok: true, data });

/** A stand-in for main's campaign channels, with the same answers' shapes and counts that add up. */
export function fakeCampaigns(o: FakeCampaignsOptions): FakeCampaigns {
  const state = {
    campaigns: o.campaigns,
    lastSyncedAt: o.lastSyncedAt === undefined ? new Date().toISOString() : o.lastSyncedAt,
    offline: o.offline ?? false,
  };
  const calls = new Map(o.campaigns.map((c) => [c.id, callsFor(c, o.calls?.[c.id] ?? 0, !o.noDigits?.includes(c.id))]));
  const queries: CallsQuery[] = [];
  let job = 0;
  const refreshSettings = { seconds: 60, min: 30, max: 3600 };
  const row = (c: Campaign): CampaignRow => ({
    id: c.id,
    name: c.name,
    status: c.status,
    statusText: c.statusText,
    dateCreated: c.dateCreated,
    stats: c.stats,
    total: c.stats ? statsTotal(c.stats) : 0,
    finished: c.stats ? statsFinished(c.stats) : 0,
    lastSyncedAt: state.lastSyncedAt ?? '',
  });
  const fake: FakeCampaigns = {
    queries,
    state,
    emit: () => undefined,
    bridge: {
      list: () =>
        ok<CampaignListView>({
          accountId: 'sandbox',
          sandbox: o.sandbox ?? true,
          campaigns: state.lastSyncedAt ? state.campaigns.map(row) : [],
          lastSyncedAt: state.lastSyncedAt,
          offline: state.offline,
        }),
      get: async ({ id }) => {
        const c = state.campaigns.find((x) => x.id === id);
        if (!c) return { ok: false, error: { code: 'not-found', message: 'That campaign is not in the list any more.' } };
        return ok({
          campaign: c,
          snapshots: o.snapshots?.[id] ?? (c.stats ? [{ at: state.lastSyncedAt ?? '', stats: c.stats }] : []),
          lastSyncedAt: state.lastSyncedAt,
          offline: state.offline,
        });
      },
      calls: async (query) => {
        const q = { ...query, status: query.status ?? [] };
        queries.push(q);
        const all = calls.get(q.id) ?? [];
        const matching = q.status.length ? all.filter((r) => q.status.includes(r.status)) : all;
        const counts: Record<string, number> = {};
        for (const r of all) counts[r.status] = (counts[r.status] ?? 0) + 1;
        return ok<CallsPage>({
          campaignId: q.id,
          total: matching.length,
          offset: q.offset,
          rows: matching.slice(q.offset, q.offset + q.limit),
          counts,
          numberCounts: counts,
          loaded: all.length,
          withDigit: all.some((r) => Boolean(r.digit)),
          exotelTotal: all.length,
          complete: true,
          settled: true,
          final: true,
          underWay: 0,
          nextReadAt: null,
          lastSyncedAt: state.lastSyncedAt,
          offline: state.offline,
          notice: null,
        });
      },
      syncCalls: async () => ok({ jobId: `calls-${++job}` }),
      exportCalls: async () => ok({ jobId: `export-${++job}` }),
      downloadReport: async () => ok({ jobId: `report-${++job}` }),
      refreshSettings: async () => ok(refreshSettings),
      setRefreshSeconds: async ({ seconds }) => {
        refreshSettings.seconds = seconds;
        return ok(refreshSettings);
      },
      refresh: async () => {
        if (state.offline)
          return { ok: false, error: { code: 'offline', message: 'You are offline, so the campaigns cannot be read from Exotel now.' } };
        const jobId = `sync-${++job}`;
        const title = 'Syncing campaigns of “Sandbox”';
        const total = state.campaigns.length;
        let done = 0;
        const step = () => {
          if (done < total) {
            done++;
            fake.emit('progress', {
              jobId,
              kind: 'sync',
              title,
              phase: 'Reading campaigns from Exotel',
              done,
              total: null,
              message: `${done} read`,
            });
            setTimeout(step, o.stepMs ?? 0);
            return;
          }
          state.lastSyncedAt = new Date().toISOString();
          fake.emit('job:finished', {
            jobId,
            kind: 'sync',
            title,
            outcome: 'done',
            message: `${total} campaigns read`,
            result: { campaigns: total, changed: 0, removed: 0, unreadable: 0 },
          });
        };
        if (o.endsBeforeAnswer) {
          state.lastSyncedAt = new Date().toISOString();
          fake.emit('job:finished', {
            jobId,
            kind: 'sync',
            title,
            outcome: 'done',
            message: `${total} campaigns read`,
            result: { campaigns: total, changed: 0, removed: 0, unreadable: 0 },
          });
          return ok({ jobId });
        }
        setTimeout(step, o.stepMs ?? 0);
        return ok({ jobId });
      },
    },
  };
  return fake;
}
