import type { CampaignActionKind, OutboxDecision, OutboxItemView } from '../../../shared/compose/outbox';
import type { CampaignCreateInput } from '../../../shared/exotel';

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
  | { kind: 'campaign-action'; accountId: string; title: string; key: string; campaignId: string; action: CampaignActionKind };

/** What other services ask of the outbox. Every write to Exotel goes through it. */
export interface OutboxPort {
  /** Stores the item (queued) and starts draining when the account can be reached. Never sends twice. */
  enqueue(item: NewOutboxItem): OutboxItemView;
  get(id: string): OutboxItemView | null;
  list(accountId: string): OutboxItemView[];
  decide(id: string, decision: OutboxDecision, sendAt?: string): Promise<OutboxItemView>;
}
