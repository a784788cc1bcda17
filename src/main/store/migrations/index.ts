import { m001Foundation } from './001-foundation';
import { m002ContactLists } from './002-contact-lists';
import { m003Campaigns } from './003-campaigns';
import { m004Outbox } from './004-outbox';
import { m006Drafts } from './006-drafts';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** A number held for a migration that comes with its own feature (the call details'); it changes nothing. */
const reserved = (version: number, name: string): Migration => ({ version, name, sql: '' });

/** Ordered, append-only: never edit a migration that has shipped; add the next number. */
export const migrations: Migration[] = [m001Foundation, m002ContactLists, m003Campaigns, m004Outbox, reserved(5, 'call-details'), m006Drafts];
