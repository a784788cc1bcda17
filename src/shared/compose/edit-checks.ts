import { CampaignUpdateInput, checkCampaignRules, type Campaign, type InputIssue } from '../exotel';
import { CALLBACK_FIELDS, EDIT_FIELD_LABELS, editWindow, lateRefusals, namedFields, type EditField } from './campaign-edit';
import { checkWebhook } from './urls';

/**
 * Everything an update of a campaign on Exotel is checked against before it is queued: the same zod schema
 * and cross-field rules the client and the composer use, the callbacks' addresses, and Exotel's rule of what
 * may change at this point of the campaign's life. Fields are named as the app names them.
 */
export function checkCampaignEdit(c: Campaign, changes: unknown, now: Date, accountThrottle: number): InputIssue[] {
  const parsed = CampaignUpdateInput.safeParse(changes);
  if (!parsed.success) return parsed.error.issues.map((i) => ({ field: i.path.map(String).join('.') || 'changes', message: i.message }));
  const u = parsed.data;
  const window = editWindow(c, now);
  if (window.kind === 'none') return [{ field: 'campaign', message: window.reason }];
  if (namedFields(u).length === 0)
    return [{ field: 'campaign', message: 'Nothing has changed: the campaign on Exotel already has these settings' }];
  const issues: InputIssue[] = [];
  if (window.kind === 'callbacks') {
    for (const field of lateRefusals(u)) {
      issues.push({
        field,
        message: `${EDIT_FIELD_LABELS[field]} cannot change any more: the campaign has started, and Exotel then lets only the three report addresses change`,
      });
    }
  }
  for (const field of CALLBACK_FIELDS) {
    const value = u[field];
    const check = value === undefined ? {} : checkWebhook(value);
    if (check.issue) issues.push({ field, message: `${EDIT_FIELD_LABELS[field]}: ${check.issue}` });
  }
  issues.push(...checkCampaignRules(u, accountThrottle));
  return issues;
}

/** The issues as the app's error details carry them. */
export function issuePaths(issues: readonly InputIssue[]): Array<{ path: string[]; message: string }> {
  return issues.map((i) => ({ path: i.field.split('.'), message: i.message }));
}

export type { EditField };
