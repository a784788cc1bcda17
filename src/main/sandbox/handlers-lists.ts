import { EXOTEL_LIMITS } from '../../shared/exotel';
import { dialable } from './phone';
import { ApiProblem, bad, envelope, failItem, okItem, type SimReply } from './reply';
import { pageQuery, readWrapped, sortParam, type HandlerContext } from './request';
import type { ListEntry, SimContact, SimList } from './state';

export function listData(ctx: HandlerContext, l: SimList): Record<string, unknown> {
  return {
    sid: l.sid,
    name: l.name,
    tag: l.tag,
    type: l.type,
    ...(l.type === 'dynamic' ? { headers: l.headers } : {}),
    contact_count: l.entries.length,
    date_created: ctx.world.wire.time(l.createdAt),
    date_updated: ctx.world.wire.time(l.updatedAt),
    uri: `/v2/accounts/${ctx.world.account.accountSid}/lists/${l.sid}`,
  };
}

export function contactData(ctx: HandlerContext, c: SimContact, entry?: ListEntry): Record<string, unknown> {
  return {
    sid: c.sid,
    number: c.number,
    first_name: c.first_name,
    last_name: c.last_name,
    company_name: c.company_name,
    email: c.email,
    tag: c.tag,
    date_created: ctx.world.wire.time(c.createdAt),
    uri: `/v2/accounts/${ctx.world.account.accountSid}/contacts/${c.sid}`,
    ...(entry?.variables ? { custom_fields: entry.variables } : {}),
  };
}

function foundList(ctx: HandlerContext): SimList {
  ctx.world.catchUp();
  const sid = ctx.params[0] ?? '';
  const list = ctx.world.list(sid);
  if (!list) throw new ApiProblem(404, 1000, `No list with sid ${sid}`);
  return list;
}

function batch(items: unknown[], key: string): void {
  if (items.length === 0) throw bad(key, 'send at least one');
  if (items.length > EXOTEL_LIMITS.maxNumbersPerRequest) throw bad(key, `${items.length} items; at most 5000 a request`);
}

function reply(ctx: HandlerContext, items: Record<string, unknown>[]): SimReply {
  const { status, metadata } = ctx.world.wire.bulkWrite(items.map((i) => Number(i.code)));
  return envelope(ctx.requestId, ctx.method, status, items, metadata);
}

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

export async function createLists(ctx: HandlerContext): Promise<SimReply> {
  const items = await readWrapped(ctx, 'lists');
  batch(items, 'lists');
  const out = items.map((raw) => {
    const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const name = text(r.name);
    if (!name) return failItem(400, 1001, 'name: every list needs a name');
    const existing = ctx.world.listByName(name);
    if (existing) return failItem(409, 1008, `name: a list named "${name}" already exists`, { sid: existing.sid });
    const now = ctx.world.now();
    const list: SimList = {
      sid: ctx.world.ids.hex(32),
      name,
      tag: text(r.tag),
      type: 'static',
      headers: [],
      entries: [],
      createdAt: now,
      updatedAt: now,
    };
    ctx.world.state.lists.push(list);
    return okItem(listData(ctx, list));
  });
  return reply(ctx, out);
}

export async function listLists(ctx: HandlerContext): Promise<SimReply> {
  const { offset, limit } = pageQuery(ctx);
  const sort = sortParam(ctx, ['date_created', 'name']);
  const name = ctx.url.searchParams.get('name')?.toLowerCase() ?? '';
  ctx.world.catchUp();
  const all = ctx.world.state.lists.filter((l) => l.name.toLowerCase().includes(name));
  all.sort((a, b) => {
    const order = sort.key === 'name' ? a.name.localeCompare(b.name) : a.createdAt - b.createdAt;
    return sort.desc ? -order : order;
  });
  const items = all.slice(offset, offset + limit).map((l) => okItem(listData(ctx, l)));
  const links = { path: ctx.url.pathname, offset, limit, count: items.length, total: all.length };
  return envelope(ctx.requestId, ctx.method, ctx.world.wire.bulkReadStatus(items.length), items, ctx.world.wire.page(links));
}

export async function getList(ctx: HandlerContext): Promise<SimReply> {
  return envelope(ctx.requestId, ctx.method, 200, ctx.world.wire.one(okItem(listData(ctx, foundList(ctx)))));
}

export async function deleteList(ctx: HandlerContext): Promise<SimReply> {
  const list = foundList(ctx);
  const lists = ctx.world.state.lists;
  lists.splice(lists.indexOf(list), 1);
  return envelope(ctx.requestId, ctx.method, 200, [okItem(listData(ctx, list))]);
}

export async function addToList(ctx: HandlerContext): Promise<SimReply> {
  const list = foundList(ctx);
  const items = await readWrapped(ctx, 'contact_references');
  batch(items, 'contact_references');
  const inList = new Set(list.entries.map((e) => e.contactSid));
  const out = items.map((raw) => {
    const sid = text((raw as Record<string, unknown> | null)?.contact_sid);
    if (!sid) return failItem(400, 1001, 'contact_sid: missing');
    if (!ctx.world.contact(sid)) return failItem(404, 1000, `contact_sid: no contact ${sid}`);
    if (inList.has(sid)) return failItem(409, 1008, `contact_sid: ${sid} is already in the list`, { contact_sid: sid, list_sid: list.sid });
    inList.add(sid);
    list.entries.push({ contactSid: sid });
    return okItem({ contact_sid: sid, list_sid: list.sid });
  });
  list.updatedAt = ctx.world.now();
  return reply(ctx, out);
}

export async function listContacts(ctx: HandlerContext): Promise<SimReply> {
  const list = foundList(ctx);
  const { offset, limit } = pageQuery(ctx);
  const items = list.entries.slice(offset, offset + limit).flatMap((entry) => {
    const contact = ctx.world.contact(entry.contactSid);
    return contact ? [okItem(contactData(ctx, contact, entry))] : [];
  });
  const links = { path: ctx.url.pathname, offset, limit, count: items.length, total: list.entries.length };
  return envelope(ctx.requestId, ctx.method, 200, items, ctx.world.wire.page(links));
}

export async function removeFromList(ctx: HandlerContext): Promise<SimReply> {
  const list = foundList(ctx);
  const sid = ctx.params[1] ?? '';
  const at = list.entries.findIndex((e) => e.contactSid === sid);
  if (at === -1) throw new ApiProblem(404, 1000, `Contact ${sid} is not in the list`);
  list.entries.splice(at, 1);
  list.updatedAt = ctx.world.now();
  return envelope(ctx.requestId, ctx.method, 200, [okItem({ contact_sid: sid, list_sid: list.sid })]);
}

export async function createContacts(ctx: HandlerContext): Promise<SimReply> {
  const items = await readWrapped(ctx, 'contacts');
  batch(items, 'contacts');
  const out = items.map((raw) => {
    const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const given = typeof r.number === 'number' ? String(r.number) : text(r.number);
    if (!given) return failItem(400, 1001, 'number: every contact needs a number');
    const number = dialable(given);
    if (!number) return failItem(400, 1002, `number: "${given}" is not a valid phone number`);
    const existing = ctx.world.contactByDialable(number);
    if (existing) return failItem(409, 1008, `number: ${given} is already a contact`, { sid: existing.sid });
    const contact = ctx.world.addContact({
      number,
      first_name: text(r.first_name),
      last_name: text(r.last_name),
      company_name: text(r.company_name),
      email: text(r.email),
      tag: text(r.tag),
    });
    return okItem(contactData(ctx, contact));
  });
  return reply(ctx, out);
}
