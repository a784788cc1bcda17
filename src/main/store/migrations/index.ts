import { m001Foundation } from './001-foundation';
import { m002ContactLists } from './002-contact-lists';
import { m003Campaigns } from './003-campaigns';
import { m004Outbox } from './004-outbox';
import { m005CallDetailsByCall } from './005-call-details-by-call';
import { m006Drafts } from './006-drafts';
import { m007CallDetailsColumns } from './007-call-details-columns';
import { m008CampaignEdits } from './008-campaign-edits';
import { m009ContactListNames } from './009-contact-list-names';
import { m010CallingHours } from './010-calling-hours';
import { m011ActivityTable } from './011-activity-table';
import { m012Plans } from './012-plans';
import { m013PlanCarry } from './013-plan-carry';
import { m014ResultsIndexes } from './014-results-indexes';
import { m015ContactListSheets } from './015-contact-list-sheets';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Ordered, append-only: never edit a migration that has shipped; add the next number. */
export const migrations: Migration[] = [
  m001Foundation,
  m002ContactLists,
  m003Campaigns,
  m004Outbox,
  m005CallDetailsByCall,
  m006Drafts,
  m007CallDetailsColumns,
  m008CampaignEdits,
  m009ContactListNames,
  m010CallingHours,
  m011ActivityTable,
  m012Plans,
  m013PlanCarry,
  m014ResultsIndexes,
  m015ContactListSheets,
];
