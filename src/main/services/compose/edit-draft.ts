import type { ResolvedAudience } from '../../../shared/compose/build-input';
import type { DraftFields } from '../../../shared/compose/draft';
import { buildEditInput, describeChanges } from '../../../shared/compose/edit-input';
import type { AudienceView, CheckIssue, LaunchCheck } from '../../../shared/compose/views';
import type { Campaign } from '../../../shared/exotel';
import { planChanges } from '../outbox/campaign-update';

/** Exotel's field names (as the edit rules name them) mapped to the composer's fields. */
const EDIT_TO_DRAFT: Record<string, string> = {
  from: 'audience',
  lists: 'audience',
  campaignType: 'audience',
  url: 'content.url',
  readViaText: 'content.text',
  flowType: 'content',
  repeatMenuAttempts: 'content',
  'retries.interval_mins': 'retries.intervalMins',
  'schedule.end_at': 'schedule.endAt',
  campaign: 'edit',
};

export interface EditDraftContext {
  campaign: Campaign;
  now: Date;
  accountThrottle: number;
  /** Set when the audience is a saved list that goes to Exotel on the way. */
  pendingListLabel: string | null;
}

/**
 * The launch checks of an edit draft, with what "Save changes" would change and what Exotel would refuse of
 * it (after the start, anything but the report addresses; nothing changed at all).
 */
export function withEditCheck(
  draft: DraftFields,
  resolved: ResolvedAudience,
  audience: AudienceView,
  check: LaunchCheck,
  ctx: EditDraftContext,
): LaunchCheck {
  const wanted = buildEditInput(draft, resolved, ctx.campaign, ctx.now);
  const pendingList = ctx.pendingListLabel !== null;
  const { changes, issues } = planChanges(ctx.campaign, wanted, { pendingList, now: ctx.now, accountThrottle: ctx.accountThrottle });
  const found: CheckIssue[] = issues.map((i) => ({ field: EDIT_TO_DRAFT[i.field] ?? i.field, message: i.message }));
  const merged = [...check.issues, ...found.filter((i) => !check.issues.some((j) => j.field === i.field))];
  const lines = describeChanges(ctx.campaign, changes, draft.schedule.timeZone, ctx.pendingListLabel ?? audience.label);
  return {
    ...check,
    ready: merged.length === 0,
    issues: merged,
    edit: { campaignId: ctx.campaign.id, campaignName: ctx.campaign.name, changes: lines },
  };
}
