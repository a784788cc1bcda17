import { type z } from 'zod';
import {
  CampaignCreateInput,
  CampaignUpdateInput,
  checkCampaignCreate,
  checkCampaignRules,
  EXOTEL_LIMITS,
  type CallDetail,
  type CallStatus,
  type Campaign,
  type CampaignAction,
  type InputIssue,
} from '../../shared/exotel';
import { ExotelError } from './errors';
import { pageWindow, walkPages, type IterateOptions, type PageQuery } from './paging';
import { single, toPage, type Page } from './results';
import { campaignToWire } from './to-wire';
import type { CallOptions, RequestSpec, Transport } from './transport';
import { toCallDetail, toCampaign } from './wire-campaign';

export interface CampaignListQuery extends PageQuery {
  /** Exotel searches names containing this text. */
  name?: string;
  status?: string[];
  /** e.g. `date_created:asc`, `name:desc` */
  sortBy?: string;
}

export interface CallDetailsQuery extends PageQuery {
  status?: (CallStatus | string)[];
  sortBy?: 'date_created:asc' | 'date_created:desc';
}

export interface CampaignsApi {
  create(input: CampaignCreateInput, o?: CallOptions): Promise<Campaign>;
  get(id: string, o?: CallOptions): Promise<Campaign>;
  list(query?: CampaignListQuery, o?: CallOptions): Promise<Page<Campaign>>;
  iterate(query?: CampaignListQuery, o?: IterateOptions): AsyncGenerator<Campaign, void, undefined>;
  update(id: string, patch: CampaignUpdateInput, o?: CallOptions): Promise<Campaign>;
  action(id: string, action: CampaignAction, o?: CallOptions): Promise<Campaign>;
  /** Exotel deletes only campaigns that have not started. */
  delete(id: string, o?: CallOptions): Promise<Campaign | null>;
  callDetails(id: string, query?: CallDetailsQuery, o?: CallOptions): Promise<Page<CallDetail>>;
  iterateCallDetails(id: string, query?: CallDetailsQuery, o?: IterateOptions): AsyncGenerator<CallDetail, void, undefined>;
}

function refuse(action: string, issues: InputIssue[], raw: unknown): never {
  const first = issues[0] as InputIssue;
  throw new ExotelError({
    kind: 'validation',
    local: true,
    action,
    field: first.field,
    detail: issues.map((i) => `${i.field}: ${i.message}`).join('; '),
    raw,
  });
}

function checked<T>(schema: z.ZodType<T>, value: unknown, action: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  refuse(
    action,
    parsed.error.issues.map((issue) => ({ field: issue.path.map(String).join('.') || 'campaign', message: issue.message })),
    value,
  );
}

const path = (id: string): string => `/campaigns/${encodeURIComponent(id)}`;

export function campaignsApi(t: Transport, accountThrottle: number): CampaignsApi {
  const api: CampaignsApi = {
    async create(input, o) {
      const action = 'create the campaign';
      const data = checked(CampaignCreateInput, input, action);
      const issues = checkCampaignCreate(data, accountThrottle);
      if (issues.length) refuse(action, issues, input);
      const spec: RequestSpec = { method: 'POST', path: '/campaigns', json: { campaigns: [campaignToWire(data)] }, action };
      return single(await t.send(spec, o), spec, toCampaign);
    },
    async get(id, o) {
      const spec: RequestSpec = { method: 'GET', path: path(id), action: 'read the campaign' };
      return single(await t.send(spec, o), spec, toCampaign);
    },
    async list(query = {}, o) {
      const { offset, limit } = pageWindow(query);
      const spec: RequestSpec = {
        method: 'GET',
        path: '/campaigns',
        query: { offset, limit, name: query.name, status: query.status?.join(','), sort_by: query.sortBy },
        action: 'list campaigns',
      };
      return toPage(await t.send(spec, o), offset, limit, toCampaign);
    },
    iterate(query = {}, o = {}) {
      return walkPages((q) => api.list(q, o), query, EXOTEL_LIMITS.maxPageSize, o, 'list campaigns');
    },
    async update(id, patch, o) {
      const action = 'update the campaign';
      const data = checked(CampaignUpdateInput, patch, action);
      const issues = checkCampaignRules(data, accountThrottle);
      if (issues.length) refuse(action, issues, patch);
      const spec: RequestSpec = { method: 'PUT', path: path(id), json: { campaigns: [campaignToWire(data)] }, action };
      return single(await t.send(spec, o), spec, toCampaign);
    },
    async action(id, act, o) {
      const spec: RequestSpec = { method: 'PUT', path: path(id), json: { campaigns: [{ action: act }] }, action: `${act} the campaign` };
      return single(await t.send(spec, o), spec, toCampaign);
    },
    async delete(id, o) {
      const spec: RequestSpec = { method: 'DELETE', path: path(id), action: 'delete the campaign' };
      const answer = await t.send(spec, o);
      return answer.envelope.items.length === 0 ? null : single(answer, spec, toCampaign);
    },
    async callDetails(id, query = {}, o) {
      const { offset, limit } = pageWindow(query, EXOTEL_LIMITS.callDetailsPageSize);
      const spec: RequestSpec = {
        method: 'GET',
        path: `${path(id)}/call-details`,
        query: { offset, limit, status: query.status?.join(','), sort_by: query.sortBy },
        action: 'read the campaign’s calls',
      };
      return toPage(await t.send(spec, o), offset, limit, (data) => toCallDetail(data));
    },
    iterateCallDetails(id, query = {}, o = {}) {
      return walkPages((q) => api.callDetails(id, q, o), query, EXOTEL_LIMITS.callDetailsPageSize, o, 'read the campaign’s calls');
    },
  };
  return api;
}
