import { ApiProblem, bad, envelope, missing, okItem, type SimReply } from './reply';
import type { HandlerContext } from './request';
import type { SimList, SimUpload } from './state';
import { parseListCsv, processingTime, statsSoFar, uploadStatus } from './uploads';

export async function csvUpload(ctx: HandlerContext): Promise<SimReply> {
  const type = ctx.request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data\b/i.test(type))
    throw new ApiProblem(415, 1011, `Content-Type must be multipart/form-data, not "${type || 'none'}"`);
  let form: FormData;
  try {
    form = await ctx.request.formData();
  } catch {
    throw new ApiProblem(400, 1007, 'The multipart body could not be read');
  }
  const listName = form.get('list_name');
  if (typeof listName !== 'string' || listName.trim() === '') throw missing('list_name', 'name the list to create');
  const listType = form.get('type') ?? 'static';
  if (listType !== 'static' && listType !== 'dynamic') throw bad('type', 'must be static or dynamic');
  const file = form.get('file_name');
  if (file === null || typeof file === 'string') throw missing('file_name', 'attach the CSV file');
  const existing = ctx.world.listByName(listName.trim());
  if (existing) throw new ApiProblem(409, 1008, `list_name: a list named "${listName.trim()}" already exists`);

  // Exotel starts processing when the file arrives: reading it is part of the processing time, not before it.
  const now = ctx.world.now();
  const parsed = parseListCsv(await file.text(), listType, file.size);
  const list: SimList = {
    sid: ctx.world.ids.hex(32),
    name: listName.trim(),
    tag: null,
    type: listType,
    headers: parsed.headers,
    entries: [],
    createdAt: now,
    updatedAt: now,
  };
  const upload: SimUpload = {
    id: ctx.world.ids.hex(32),
    listSid: list.sid,
    type: listType,
    acceptedAt: now,
    dueAt: now + processingTime(parsed.stats.total),
    outcome: parsed.ok ? 'completed' : 'failed',
    applied: false,
    stats: parsed.stats,
    message: parsed.message,
    rows: parsed.rows,
  };
  ctx.world.state.lists.push(list);
  ctx.world.state.uploads.push(upload);
  const ids = { upload_id: upload.id, list_sid: list.sid };
  const wire = ctx.world.wire;
  // The docs' guide answers the upload 200 and says `processing`; the Sandbox answers 202 `in-progress`.
  const code = wire.dialect === 'docs' ? 200 : 202;
  return envelope(ctx.requestId, ctx.method, code, [okItem({ ...ids, status: wire.uploadWorking }, ids, code)]);
}

export async function csvStatus(ctx: HandlerContext): Promise<SimReply> {
  const id = ctx.params[0] ?? '';
  const upload = ctx.world.state.uploads.find((u) => u.id === id);
  if (!upload) throw new ApiProblem(404, 1000, `No upload with id ${id}`);
  ctx.world.catchUp();
  const now = ctx.world.now();
  const status = uploadStatus(upload, now);
  const wire = ctx.world.wire;
  const base = {
    upload_id: upload.id,
    list_sid: upload.listSid,
    status: status === 'in-progress' ? wire.uploadWorking : status,
    ...(status === 'failed' && upload.message ? { message: upload.message } : {}),
  };
  // While it processes, the counts say how much of the file Exotel has taken so far.
  const stats = statsSoFar(upload, now);
  return envelope(ctx.requestId, ctx.method, 200, wire.one(okItem(wire.uploadStatus(base, stats))));
}
