import {
  EXOTEL_LIMITS,
  type Contact,
  type ContactInput,
  type ContactList,
  type ListInput,
  type ListType,
  type UploadStatus,
} from '../../shared/exotel';
import { ExotelError } from './errors';
import { pageWindow, walkPages, type IterateOptions, type PageQuery } from './paging';
import { single, toItemResult, toPage, type ItemResult, type Page } from './results';
import { contactToWire, listToWire } from './to-wire';
import type { CallOptions, RequestSpec, Transport } from './transport';
import { toContact, toContactList, toUploadAccepted, toUploadStatus, type UploadAccepted } from './wire-lists';

export interface ListQuery extends PageQuery {
  name?: string;
  sortBy?: string;
}

export interface ListMembership {
  listSid: string | null;
  contactSid: string | null;
}

export interface ListsApi {
  create(lists: ListInput[], o?: CallOptions): Promise<ItemResult<ContactList>[]>;
  get(sid: string, o?: CallOptions): Promise<ContactList>;
  list(query?: ListQuery, o?: CallOptions): Promise<Page<ContactList>>;
  iterate(query?: ListQuery, o?: IterateOptions): AsyncGenerator<ContactList, void, undefined>;
  delete(sid: string, o?: CallOptions): Promise<void>;
  /** At most 5000 contact sids a call. */
  addContacts(listSid: string, contactSids: string[], o?: CallOptions): Promise<ItemResult<ListMembership>[]>;
  removeContact(listSid: string, contactSid: string, o?: CallOptions): Promise<void>;
  contacts(listSid: string, query?: PageQuery, o?: CallOptions): Promise<Page<Contact>>;
  iterateContacts(listSid: string, query?: PageQuery, o?: IterateOptions): AsyncGenerator<Contact, void, undefined>;
}

export interface ContactsApi {
  /** At most 5000 a call. A number Exotel already has answers code 409 with its `existingSid`. */
  create(contacts: ContactInput[], o?: CallOptions): Promise<ItemResult<Contact>[]>;
}

export interface CsvUpload {
  listName: string;
  fileName: string;
  content: string | Uint8Array;
  type: ListType;
}

export interface UploadsApi {
  /** Creates a list from a CSV file; Exotel processes it in the background. */
  csv(upload: CsvUpload, o?: CallOptions): Promise<UploadAccepted>;
  status(uploadId: string, o?: CallOptions): Promise<UploadStatus>;
}

function limitBatch(count: number, action: string, field: string): void {
  if (count === 0) throw new ExotelError({ kind: 'validation', local: true, action, field, detail: `${field}: nothing to send` });
  if (count > EXOTEL_LIMITS.maxNumbersPerRequest) {
    throw new ExotelError({
      kind: 'validation',
      local: true,
      action,
      field,
      detail: `${field}: ${count} items; Exotel takes at most 5000 a request`,
    });
  }
}

const listPath = (sid: string): string => `/lists/${encodeURIComponent(sid)}`;

function membership(data: unknown): ListMembership {
  const d = (data ?? {}) as Record<string, unknown>;
  const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
  return { listSid: str(d.list_sid) ?? str(d.list_id), contactSid: str(d.contact_sid) ?? str(d.sid) };
}

async function bulk<T>(t: Transport, spec: RequestSpec, o: CallOptions | undefined, map: (d: unknown) => T): Promise<ItemResult<T>[]> {
  const answer = await t.send({ ...spec, itemResults: true }, o);
  return answer.envelope.items.map((item, index) => toItemResult(item, index, map));
}

export function listsApi(t: Transport): ListsApi {
  const api: ListsApi = {
    async create(lists, o) {
      const action = 'create the list';
      limitBatch(lists.length, action, 'lists');
      return bulk(t, { method: 'POST', path: '/lists', json: { lists: lists.map(listToWire) }, action }, o, toContactList);
    },
    async get(sid, o) {
      const spec: RequestSpec = { method: 'GET', path: listPath(sid), action: 'read the list' };
      return single(await t.send(spec, o), spec, toContactList);
    },
    async list(query = {}, o) {
      const { offset, limit } = pageWindow(query);
      const spec: RequestSpec = {
        method: 'GET',
        path: '/lists',
        query: { offset, limit, name: query.name, sort_by: query.sortBy },
        action: 'list contact lists',
      };
      return toPage(await t.send(spec, o), offset, limit, toContactList);
    },
    iterate(query = {}, o = {}) {
      return walkPages((q) => api.list(q, o), query, EXOTEL_LIMITS.maxPageSize, o, 'list contact lists');
    },
    async delete(sid, o) {
      await t.send({ method: 'DELETE', path: listPath(sid), action: 'delete the list' }, o);
    },
    async addContacts(listSid, contactSids, o) {
      const action = 'add contacts to the list';
      limitBatch(contactSids.length, action, 'contact_references');
      const json = { contact_references: contactSids.map((sid) => ({ contact_sid: sid })) };
      return bulk(t, { method: 'POST', path: `${listPath(listSid)}/contacts`, json, action }, o, membership);
    },
    async removeContact(listSid, contactSid, o) {
      await t.send(
        {
          method: 'DELETE',
          path: `${listPath(listSid)}/contacts/${encodeURIComponent(contactSid)}`,
          action: 'remove the contact from the list',
        },
        o,
      );
    },
    async contacts(listSid, query = {}, o) {
      const { offset, limit } = pageWindow(query);
      const spec: RequestSpec = {
        method: 'GET',
        path: `${listPath(listSid)}/contacts`,
        query: { offset, limit },
        action: 'read the list’s contacts',
      };
      return toPage(await t.send(spec, o), offset, limit, toContact);
    },
    iterateContacts(listSid, query = {}, o = {}) {
      return walkPages((q) => api.contacts(listSid, q, o), query, EXOTEL_LIMITS.maxPageSize, o, 'read the list’s contacts');
    },
  };
  return api;
}

export function contactsApi(t: Transport): ContactsApi {
  return {
    async create(contacts, o) {
      const action = 'create contacts';
      limitBatch(contacts.length, action, 'contacts');
      return bulk(t, { method: 'POST', path: '/contacts', json: { contacts: contacts.map(contactToWire) }, action }, o, toContact);
    },
  };
}

export function uploadsApi(t: Transport): UploadsApi {
  return {
    async csv(upload, o) {
      const form = new FormData();
      form.set('list_name', upload.listName);
      form.set('type', upload.type);
      form.set(
        'file_name',
        new Blob([typeof upload.content === 'string' ? upload.content : new Uint8Array(upload.content)], { type: 'text/csv' }),
        upload.fileName,
      );
      const spec: RequestSpec = { method: 'POST', path: '/contacts/csv-upload', form, action: 'upload the contact file' };
      return single(await t.send(spec, o), spec, (data, summary) => {
        const accepted = toUploadAccepted(summary, data);
        if (!accepted) throw new Error('the answer has no upload id');
        return accepted;
      });
    },
    async status(uploadId, o) {
      const spec: RequestSpec = {
        method: 'GET',
        path: `/csv-status/${encodeURIComponent(uploadId)}`,
        action: 'check the contact file upload',
      };
      return single(await t.send(spec, o), spec, (data) => toUploadStatus(data, uploadId));
    },
  };
}
