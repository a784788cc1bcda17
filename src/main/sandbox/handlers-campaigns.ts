import { canApplyAction, CampaignAction, KNOWN_CALL_STATUSES, KNOWN_CAMPAIGN_STATUSES, normaliseCampaignStatus } from '../../shared/exotel';
import { advance, applyAction } from './engine';
import { callDetailRow, campaignData, summaryOf } from './campaign-view';
import { ApiProblem, bad, envelope, okItem, type SimReply } from './reply';
import { listParam, pageQuery, readWrapped, sortParam, type HandlerContext } from './request';
import type { CampaignSettings, SimCampaign } from './state';
import { validateCampaign, type ValidationContext } from './validate-campaign';

/** After send_at only these may change (besides the action). */
const LATE_FIELDS = ['action', 'status_callback', 'call_status_callback', 'call_schedule_callback'];

function validation(ctx: HandlerContext): ValidationContext {
  const w = ctx.world;
  return { accountSid: w.account.accountSid, accountThrottle: w.account.accountThrottle, now: w.now(), findList: (sid) => w.list(sid) };
}

function found(ctx: HandlerContext): SimCampaign {
  const id = ctx.params[0] ?? '';
  const c = ctx.world.campaign(id);
  if (!c) throw new ApiProblem(404, 1000, `No campaign with id ${id}`);
  advance(c, ctx.world.now(), ctx.world.engine);
  return c;
}

function item(ctx: HandlerContext, c: SimCampaign): Record<string, unknown> {
  const wire = ctx.world.wire;
  return okItem(campaignData(c, ctx.world.account.accountSid, ctx.url.origin, wire), summaryOf(c, wire));
}

function one(ctx: HandlerContext, c: SimCampaign): SimReply {
  return envelope(ctx.requestId, ctx.method, 200, ctx.world.wire.one(item(ctx, c)));
}

export async function createCampaign(ctx: HandlerContext): Promise<SimReply> {
  const items = await readWrapped(ctx, 'campaigns');
  if (items.length !== 1) throw bad('campaigns', 'send exactly one campaign per request');
  const settings = validateCampaign(items[0], validation(ctx), null);
  const now = ctx.world.now();
  const c = ctx.world.addCampaign(settings, now);
  advance(c, now, ctx.world.engine);
  return one(ctx, c);
}

export async function getCampaign(ctx: HandlerContext): Promise<SimReply> {
  return one(ctx, found(ctx));
}

export async function listCampaigns(ctx: HandlerContext): Promise<SimReply> {
  const { offset, limit } = pageQuery(ctx);
  const statuses = listParam(ctx, 'status');
  statuses?.forEach((s) => {
    if (normaliseCampaignStatus(s) === 'unknown')
      throw bad('status', `"${s}" is not a campaign status (${KNOWN_CAMPAIGN_STATUSES.join(', ')})`);
  });
  const wanted = statuses?.map(normaliseCampaignStatus) ?? null;
  const sort = sortParam(ctx, ['date_created', 'name']);
  const name = ctx.url.searchParams.get('name')?.toLowerCase() ?? '';
  ctx.world.catchUp();
  const all = ctx.world.state.campaigns.filter(
    // Deleted campaigns are listed only when asked for by status.
    (c) => (wanted ? wanted.includes(c.status) : c.status !== 'deleted') && c.settings.name.toLowerCase().includes(name),
  );
  all.sort((a, b) => {
    const order = sort.key === 'name' ? a.settings.name.localeCompare(b.settings.name) : a.createdAt - b.createdAt;
    return sort.desc ? -order : order;
  });
  const page = all.slice(offset, offset + limit);
  const items = page.map((c) => item(ctx, c));
  const links = { path: ctx.url.pathname, offset, limit, count: items.length, total: all.length };
  return envelope(ctx.requestId, ctx.method, ctx.world.wire.bulkReadStatus(items.length), items, ctx.world.wire.campaignPage(links));
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export async function updateCampaign(ctx: HandlerContext): Promise<SimReply> {
  const c = found(ctx);
  const items = await readWrapped(ctx, 'campaigns');
  const raw = items[0];
  if (items.length !== 1 || typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw bad('campaigns', 'send exactly one campaign object');
  const { action: actionRaw, ...fields } = raw as Record<string, unknown>;
  let action: CampaignAction | null = null;
  if (actionRaw !== undefined) {
    const parsed = CampaignAction.safeParse(actionRaw);
    if (!parsed.success) throw bad('action', `must be one of ${CampaignAction.options.join(', ')}`);
    action = parsed.data;
  }
  const now = ctx.world.now();
  // Everything is checked before anything changes: a refused request leaves the campaign exactly as it was.
  let next: CampaignSettings | null = null;
  if (Object.keys(fields).length > 0) {
    const started = c.started || now >= c.settings.send_at;
    if (started) {
      const settings = c.settings as unknown as Record<string, unknown>;
      // Fields sent unchanged are harmless (Exotel's own samples resend caller_id and url with an action).
      const changed = Object.keys(fields).find((k) => !LATE_FIELDS.includes(k) && !sameValue(fields[k], settings[k]));
      if (changed) throw bad(changed, 'cannot change after the campaign has started; only the action and callback URLs can');
    }
    next = validateCampaign(fields, validation(ctx), c.settings);
  }
  if (action && !canApplyAction(c.status, action))
    throw new ApiProblem(409, 1002, `action: cannot ${action} a campaign that is ${c.status}`);
  if (!action && !next) throw bad('campaigns[0]', 'nothing to update');
  if (next) {
    c.settings = next;
    c.nextPlaceAt = next.send_at;
    c.updatedAt = now;
  }
  if (action) applyAction(c, action, now, ctx.world.engine);
  advance(c, now, ctx.world.engine);
  return one(ctx, c);
}

export async function deleteCampaign(ctx: HandlerContext): Promise<SimReply> {
  const c = found(ctx);
  if (c.started || (c.status !== 'created' && c.status !== 'paused')) {
    throw new ApiProblem(409, 1002, `A campaign can be deleted only before it starts; this one is ${c.status}`);
  }
  c.status = 'deleted';
  c.closed = true;
  c.updatedAt = ctx.world.now();
  return one(ctx, c);
}

export async function campaignCallDetails(ctx: HandlerContext): Promise<SimReply> {
  const c = found(ctx);
  const asked = pageQuery(ctx);
  const { offset } = asked;
  const cap = ctx.world.callDetailsPageCap;
  const limit = cap === null ? asked.limit : Math.min(asked.limit, cap);
  const statuses = listParam(ctx, 'status');
  statuses?.forEach((s) => {
    if (!(KNOWN_CALL_STATUSES as readonly string[]).includes(s))
      throw bad('status', `"${s}" is not a call status (${KNOWN_CALL_STATUSES.join(', ')})`);
  });
  const sort = sortParam(ctx, ['date_created']);
  const rows: number[] = [];
  c.attempts.forEach((a, i) => {
    const status = a.outcome === 'failed-dnd' ? 'failed' : a.outcome;
    if (a.ended && (!statuses || statuses.includes(status))) rows.push(i);
  });
  if (sort.desc) rows.reverse();
  const wire = ctx.world.wire;
  const page = rows.slice(offset, offset + limit).map((i) => wire.callRow(callDetailRow(c, i, wire), okItem));
  return envelope(
    ctx.requestId,
    ctx.method,
    200,
    page,
    wire.campaignPage({ path: ctx.url.pathname, offset, limit, count: page.length, total: rows.length }),
  );
}
