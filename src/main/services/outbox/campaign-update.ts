import { changedOnly, EDIT_FIELD_LABELS, namedFields, valuesBefore } from '../../../shared/compose/campaign-edit';
import { checkCampaignEdit, issuePaths } from '../../../shared/compose/edit-checks';
import type { OutboxItemView } from '../../../shared/outbox/schemas';
import type { Campaign, CampaignUpdateInput, InputIssue } from '../../../shared/exotel';
import { AppError } from '../../../shared/ipc/result';
import type { AccountRecord } from '../../store/accounts-repo';
import { composeSettingsOf } from '../compose/account-settings';
import type { OutboxPort } from './types';

export interface CampaignUpdateDeps {
  accounts: { activeAccount(): AccountRecord | null };
  campaigns: { get(id: string): { campaign: Campaign } };
  outbox: Pick<OutboxPort, 'enqueue' | 'list'>;
  now?: () => Date;
}

/** Checked changes, ready to be queued. */
export interface PlannedUpdate {
  account: AccountRecord;
  campaign: Campaign;
  changes: CampaignUpdateInput;
}

/** Stands for the list a list send will put on Exotel, for checking changes that call it. */
const PENDING_LIST = 'list-being-sent';

/**
 * What would change on the campaign, and what Exotel would refuse of it: every parameter may change before
 * its send_at, only the three callback URLs after it. `pendingList`: the changes call a list that a list send
 * puts on Exotel first (`changes.lists` is then empty until that send is done).
 */
export function planChanges(
  campaign: Campaign,
  wanted: CampaignUpdateInput,
  o: { pendingList: boolean; now: Date; accountThrottle: number },
): { changes: CampaignUpdateInput; issues: InputIssue[] } {
  const asked = o.pendingList ? { ...wanted, lists: [PENDING_LIST] } : wanted;
  const checked = changedOnly(campaign, asked);
  const issues = checkCampaignEdit(campaign, checked, o.now, o.accountThrottle);
  return { changes: o.pendingList ? { ...checked, lists: [] } : checked, issues };
}

/** Checks the changes for queueing; throws a validation error naming the field when something is refused. */
export function planCampaignUpdate(
  outbox: CampaignUpdateDeps['outbox'],
  account: AccountRecord,
  campaign: Campaign,
  wanted: CampaignUpdateInput,
  o: { pendingList?: boolean; now?: Date } = {},
): PlannedUpdate {
  const pending = outbox
    .list(account.id)
    .find((v) => v.kind === 'campaign-update' && v.campaignId === campaign.id && v.state !== 'done' && v.state !== 'failed');
  if (pending) {
    throw new AppError(
      'conflict',
      `Changes to “${campaign.name}” are still on their way to Exotel (see Activity); make these once they are saved.`,
    );
  }
  const { changes, issues } = planChanges(campaign, wanted, {
    pendingList: o.pendingList ?? false,
    now: o.now ?? new Date(),
    accountThrottle: composeSettingsOf(account).accountThrottle,
  });
  const first = issues[0];
  if (first) {
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    throw new AppError('validation', `Not saved: ${first.message.replace(/\.$/, '')}${more}.`, { issues: issuePaths(issues) });
  }
  return { account, campaign, changes };
}

/** Queues checked changes; `dependsOn` is the list send they wait for, when they call a list sent on the way. */
export function enqueueCampaignUpdate(
  outbox: CampaignUpdateDeps['outbox'],
  plan: PlannedUpdate,
  o: { draftId?: string | null; dependsOn?: string | null } = {},
): OutboxItemView {
  const { account, campaign, changes } = plan;
  const fields = namedFields(changes).map((f) => EDIT_FIELD_LABELS[f].toLowerCase());
  return outbox.enqueue({
    kind: 'campaign-update',
    accountId: account.id,
    title: `Change ${fields.join(', ')} of “${campaign.name}”`,
    key: campaign.id,
    campaignId: campaign.id,
    draftId: o.draftId ?? null,
    dependsOn: o.dependsOn ?? null,
    payload: { changes, before: valuesBefore(campaign, changes), listFromItem: o.dependsOn ?? null },
  });
}

/** "Edit" with the changes given as Exotel's fields (the callbacks dialog): checked, then queued. */
export function queueCampaignUpdate(deps: CampaignUpdateDeps, campaignId: string, wanted: CampaignUpdateInput): OutboxItemView {
  const account = deps.accounts.activeAccount();
  if (!account) throw new AppError('not-found', 'Choose an account first.');
  const campaign = deps.campaigns.get(campaignId).campaign;
  return enqueueCampaignUpdate(deps.outbox, planCampaignUpdate(deps.outbox, account, campaign, wanted, { now: deps.now?.() }));
}
