import type { CampaignActionKind } from './schemas';
import type { EditField } from '../compose/campaign-edit';
import type { CampaignCreateInput, CampaignUpdateInput } from '../exotel';

/**
 * A campaign to create, as it will be sent. `input.name` is the item's reconciliation key: the outbox
 * finds the campaign by it after an answer was lost, so it is fixed when the item is queued.
 */
export interface CreatePayload {
  input: CampaignCreateInput;
  /**
   * When the campaign calls a list that another item (a list send) puts on Exotel first: the create is
   * sent with `lists: [that item's list sid]` once it is done.
   */
  listFromItem: string | null;
}

/** Changes to a campaign on Exotel, and what they replace, so a lost answer is settled by reading the campaign back. */
export interface UpdatePayload {
  /** Only the fields that change; `lists` is filled from the list send this item waits for, if any. */
  changes: CampaignUpdateInput;
  /** The campaign's values for those fields when the change was queued, in the form `readBack` compares. */
  before: Partial<Record<EditField, unknown>>;
  listFromItem: string | null;
}

/** A run of a list's rows, in the order they are sent. */
export interface RowSlice {
  first: number;
  count: number;
}

export type NewOutboxItem =
  | {
      kind: 'list-send';
      accountId: string;
      title: string;
      /** The Exotel list's name, fixed now: a later rename of the local list must not lose it. */
      key: string;
      listId: string;
      listType: 'static' | 'dynamic';
      /** Rows whose value of any of these variables is empty are left out (the composer's "leave them out"). */
      skipEmptyFor: string[];
      /** Only these of the rows left (a plan's day): from the `first`th, 0-based, `count` of them. */
      slice?: RowSlice | null;
    }
  | {
      kind: 'campaign-create';
      accountId: string;
      title: string;
      key: string;
      draftId: string | null;
      dependsOn: string | null;
      payload: CreatePayload;
    }
  /** "Call me first": a one-number greeting campaign, created like any other. */
  | { kind: 'test-call'; accountId: string; title: string; key: string; draftId: string | null; payload: CreatePayload }
  | { kind: 'campaign-action'; accountId: string; title: string; key: string; campaignId: string; action: CampaignActionKind }
  /** "Edit": changes to a campaign already on Exotel; `key` is the campaign's id. */
  | {
      kind: 'campaign-update';
      accountId: string;
      title: string;
      key: string;
      campaignId: string;
      draftId: string | null;
      dependsOn: string | null;
      payload: UpdatePayload;
    };
