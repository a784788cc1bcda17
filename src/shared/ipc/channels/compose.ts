import { z } from 'zod';
import { Draft, DraftFields, DraftOrigin, DraftSummary, FollowUpCounts } from '../../compose/draft';
import { OutboxItemView } from '../../outbox/schemas';
import { AudienceView, ComposeDefaults, ContactSample, LaunchCheck, SamplePick } from '../../compose/views';

const ById = z.strictObject({ id: z.string().min(1) });
const ByDraft = z.strictObject({ draftId: z.string().min(1) });

export const composeChannels = {
  /** The active account's drafts, newest first; launched drafts are listed too, marked by `launchedItemId`. */
  'drafts:list': { input: z.undefined(), output: z.array(DraftSummary) },
  'drafts:get': { input: ById, output: Draft },
  /** A new draft on the active account, filled from its origin (a list, a campaign, another draft) and the account's defaults. */
  'drafts:create': { input: DraftOrigin, output: Draft },
  /** Saves the draft as it stands; called as the user types. Answers the saved time. */
  'drafts:save': { input: z.strictObject({ id: z.string().min(1), fields: DraftFields }), output: z.object({ updatedAt: z.string() }) },
  'drafts:delete': { input: ById, output: z.object({ deleted: z.boolean() }) },
  /** How many numbers of a campaign a follow-up could call again, by their last call's outcome. */
  'drafts:followUpCounts': { input: z.strictObject({ campaignId: z.string().min(1) }), output: FollowUpCounts },

  'compose:defaults': { input: z.undefined(), output: ComposeDefaults },
  /** Who the saved draft would call, how many, and by which route. */
  'compose:audience': { input: ByDraft, output: AudienceView },
  /** Contacts of the draft's audience for the preview. */
  'compose:samples': { input: z.strictObject({ draftId: z.string().min(1), pick: SamplePick }), output: z.array(ContactSample) },
  /** Contacts whose value of `variable` is empty, a page at a time. */
  'compose:emptyRows': {
    input: z.strictObject({
      draftId: z.string().min(1),
      variable: z.string().min(1),
      offset: z.number().int().min(0),
      limit: z.number().int().min(1).max(500),
    }),
    output: z.object({ total: z.number(), rows: z.array(ContactSample) }),
  },
  /** Everything checked before a launch, with the summary of what it would do. */
  'compose:check': { input: ByDraft, output: LaunchCheck },
  /**
   * Queues the launch in the outbox. The name and count the user confirmed must match the draft's, so a
   * confirm given for one thing never launches another.
   */
  'compose:launch': {
    input: z.strictObject({ draftId: z.string().min(1), confirmName: z.string(), confirmCount: z.number().int().min(0) }),
    output: OutboxItemView,
  },
  /** "Call me first": the message rendered for one contact, as a one-number greeting to `number`. */
  'compose:testCall': {
    input: z.strictObject({ draftId: z.string().min(1), number: z.string().trim().min(1).max(30), sampleIndex: z.number().int().min(0) }),
    output: OutboxItemView,
  },

  /** Queues the changes an edit draft stands for (the composer's "Save changes"); the draft becomes read-only. */
  'compose:saveEdit': { input: ByDraft, output: OutboxItemView },
} as const;
