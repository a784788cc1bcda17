import { z } from 'zod';

export const ListType = z.enum(['static', 'dynamic']);
export type ListType = z.infer<typeof ListType>;

export const ContactList = z.object({
  sid: z.string(),
  name: z.string(),
  tag: z.string().nullable(),
  type: z.string().nullable(),
  /** Variable columns of a dynamic list: what `@@Header` in a message may refer to. */
  headers: z.array(z.string()),
  contactCount: z.number().nullable(),
  dateCreated: z.string().nullable(),
  dateUpdated: z.string().nullable(),
  uri: z.string().nullable(),
});
export type ContactList = z.infer<typeof ContactList>;

export const Contact = z.object({
  sid: z.string(),
  number: z.string(),
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  companyName: z.string().nullable(),
  email: z.string().nullable(),
  tag: z.string().nullable(),
  /** A dynamic list's variable values for this row, by header. */
  variables: z.record(z.string(), z.string()),
});
export type Contact = z.infer<typeof Contact>;

export const ContactInput = z.object({
  number: z.string().min(1, 'Every contact needs a number'),
  firstName: z.string().optional(),
  lastName: z.string().optional(),
  companyName: z.string().optional(),
  email: z.string().optional(),
  tag: z.string().optional(),
});
export type ContactInput = z.infer<typeof ContactInput>;

export const ListInput = z.object({
  name: z.string().trim().min(1, 'Give the list a name'),
  tag: z.string().optional(),
});
export type ListInput = z.infer<typeof ListInput>;

export const UploadState = z.enum(['in-progress', 'completed', 'failed', 'unknown']);
export type UploadState = z.infer<typeof UploadState>;

export const UploadStats = z.object({
  total: z.number(),
  success: z.number(),
  failed: z.number(),
  duplicate: z.number(),
});
export type UploadStats = z.infer<typeof UploadStats>;

export const UploadStatus = z.object({
  uploadId: z.string(),
  listSid: z.string().nullable(),
  status: UploadState,
  statusText: z.string(),
  stats: UploadStats.nullable(),
  /** Why Exotel failed the upload, when it says. */
  message: z.string().nullable(),
});
export type UploadStatus = z.infer<typeof UploadStatus>;

export function normaliseUploadState(raw: unknown): UploadState {
  if (typeof raw !== 'string') return 'unknown';
  const folded = raw
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  if (folded === 'inprogress' || folded === 'processing') return 'in-progress';
  return UploadState.options.includes(folded as UploadState) ? (folded as UploadState) : 'unknown';
}
