import { z } from 'zod';
import { normaliseUploadState, type Contact, type ContactList, type UploadStatus } from '../../shared/exotel';
import { optionalNumber, optionalString, stringList } from './wire-values';

const idLike = z.union([z.string(), z.number()]).transform(String).nullish().catch(null);

/** List answers are not published; working clients read `sid`, some read `list_id`. */
const WireList = z.looseObject({
  sid: idLike,
  list_id: idLike,
  id: idLike,
  name: optionalString,
  tag: optionalString,
  type: optionalString,
  headers: stringList,
  contact_count: optionalNumber,
  date_created: optionalString,
  date_updated: optionalString,
  uri: optionalString,
});

export function toContactList(data: unknown): ContactList {
  const w = WireList.parse(data);
  const sid = w.sid ?? w.list_id ?? w.id;
  if (!sid) throw new Error('list has no sid');
  return {
    sid,
    name: w.name ?? '',
    tag: w.tag ?? null,
    type: w.type ?? null,
    headers: w.headers,
    contactCount: w.contact_count ?? null,
    dateCreated: w.date_created ?? null,
    dateUpdated: w.date_updated ?? null,
    uri: w.uri ?? null,
  };
}

const WireContact = z.looseObject({
  sid: idLike,
  contact_sid: idLike,
  id: idLike,
  number: z.union([z.string(), z.number()]).transform(String).nullish().catch(null),
  first_name: optionalString,
  last_name: optionalString,
  company_name: optionalString,
  email: optionalString,
  tag: optionalString,
  custom_fields: z.record(z.string(), z.unknown()).nullish().catch(null),
});

export function toContact(data: unknown): Contact {
  const w = WireContact.parse(data);
  const sid = w.sid ?? w.contact_sid ?? w.id;
  if (!sid) throw new Error('contact has no sid');
  const variables: Record<string, string> = {};
  for (const [key, value] of Object.entries(w.custom_fields ?? {})) {
    if (value !== null && value !== undefined) variables[key] = String(value);
  }
  return {
    sid,
    number: w.number ?? '',
    firstName: w.first_name ?? null,
    lastName: w.last_name ?? null,
    companyName: w.company_name ?? null,
    email: w.email ?? null,
    tag: w.tag ?? null,
    variables,
  };
}

/** The sid a 409 "already exists" item points at, when Exotel gives one. */
export function existingSid(data: unknown): string | null {
  const parsed = z.looseObject({ sid: idLike, contact_sid: idLike, list_sid: idLike }).safeParse(data);
  if (!parsed.success) return null;
  return parsed.data.sid ?? parsed.data.contact_sid ?? parsed.data.list_sid ?? null;
}

const WireUploadRef = z.looseObject({ upload_id: idLike, id: idLike, list_sid: idLike, list_id: idLike });

export interface UploadAccepted {
  uploadId: string;
  listSid: string | null;
}

/** The upload answer's summary carries the ids; some answers put them in data instead. */
export function toUploadAccepted(summary: unknown, data: unknown): UploadAccepted | null {
  for (const part of [summary, data]) {
    const parsed = WireUploadRef.safeParse(part);
    if (!parsed.success) continue;
    const uploadId = parsed.data.upload_id ?? parsed.data.id;
    if (uploadId) return { uploadId, listSid: parsed.data.list_sid ?? parsed.data.list_id ?? null };
  }
  return null;
}

/**
 * Two documented forms: `in-progress` with nested `stats {total, success, failed, duplicate}`, and `processing`
 * with flat `total_records`, `success_count`, `failure_count`, `duplicate_count`.
 */
const WireUploadStatus = z.looseObject({
  upload_id: idLike,
  list_sid: idLike,
  list_id: idLike,
  status: optionalString,
  message: optionalString,
  stats: z
    .looseObject({ total: optionalNumber, success: optionalNumber, failed: optionalNumber, duplicate: optionalNumber })
    .nullish()
    .catch(null),
  total_records: optionalNumber,
  success_count: optionalNumber,
  failure_count: optionalNumber,
  duplicate_count: optionalNumber,
});

type WireUpload = z.infer<typeof WireUploadStatus>;

function uploadStats(w: WireUpload): UploadStatus['stats'] {
  if (w.stats)
    return { total: w.stats.total ?? 0, success: w.stats.success ?? 0, failed: w.stats.failed ?? 0, duplicate: w.stats.duplicate ?? 0 };
  const flat = [w.total_records, w.success_count, w.failure_count, w.duplicate_count];
  if (flat.every((n) => n === null || n === undefined)) return null;
  return { total: w.total_records ?? 0, success: w.success_count ?? 0, failed: w.failure_count ?? 0, duplicate: w.duplicate_count ?? 0 };
}

export function toUploadStatus(data: unknown, uploadId: string): UploadStatus {
  const w = WireUploadStatus.parse(data);
  const statusText = w.status ?? '';
  return {
    uploadId: w.upload_id ?? uploadId,
    listSid: w.list_sid ?? w.list_id ?? null,
    status: normaliseUploadState(statusText),
    statusText,
    stats: uploadStats(w),
    message: w.message ?? null,
  };
}
