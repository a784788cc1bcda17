import { z } from 'zod';
import { CampaignUpdateInput, Rfc3339 } from '../../exotel/campaign-input';
import { CampaignActionKind, OutboxDecision, OutboxItemView } from '../../outbox/schemas';

/** The outbox: every write to Exotel, kept until Exotel has it. Compose and Campaigns queue into it. */
export const outboxChannels = {
  'outbox:list': { input: z.undefined(), output: z.array(OutboxItemView) },
  'outbox:decide': {
    input: z.strictObject({
      id: z.string().min(1),
      decision: OutboxDecision,
      /** For 'reschedule': the new start. */ sendAt: Rfc3339.optional(),
    }),
    output: OutboxItemView,
  },
  /** Queues an action on an Exotel campaign of the active account. */
  'outbox:campaignAction': {
    input: z.strictObject({ campaignId: z.string().min(1), action: CampaignActionKind }),
    output: OutboxItemView,
  },
  /**
   * Queues changes to an Exotel campaign of the active account, given as the fields to change: before its
   * send_at any create parameter, after it only the three callback URLs. Only what differs is sent.
   */
  'outbox:campaignUpdate': {
    input: z.strictObject({ campaignId: z.string().min(1), changes: CampaignUpdateInput }),
    output: OutboxItemView,
  },
} as const;
