import { randomBytes } from 'node:crypto';
import { buildCreateInput, type ResolvedAudience } from '../../../shared/compose/build-input';
import type { DraftFields } from '../../../shared/compose/draft';
import { accountHours } from '../../../shared/compose/calling-hours';
import { scheduleWithinHours } from '../../../shared/compose/hours-check';
import { checkLaunch } from '../../../shared/compose/launch-checks';
import { dynamicListProblem } from '../../../shared/compose/list-limits';
import type { OutboxItemView } from '../../../shared/outbox/schemas';
import type { AudienceView, ComposeDefaults, ContactSample, LaunchCheck, SamplePick } from '../../../shared/compose/views';
import { instantToZoned } from '../../../shared/compose/zoned-time';
import { checkCampaignCreate } from '../../../shared/exotel';
import { describeReason } from '../../../shared/contacts/describe-reason';
import { AppError } from '../../../shared/ipc/result';
import { createPhoneNormaliser } from '../../../shared/phone/normalise-phone';
import { renderTemplate } from '../../../shared/template';
import { accountSettings, type AccountRecord, type AccountsRepo } from '../../store/accounts-repo';
import { exotelListName } from '../contacts/contacts-sender';
import type { NewOutboxItem, OutboxPort } from '../outbox/types';
import { enqueueCampaignUpdate, planCampaignUpdate } from '../outbox/campaign-update';
import { buildEditInput } from '../../../shared/compose/edit-input';
import { issuePaths } from '../../../shared/compose/edit-checks';
import { formatCount } from '../../../shared/plural';
import type { Campaign } from '../../../shared/exotel';
import { withEditCheck } from './edit-draft';
import { enqueuePlan, type SummaryPlan } from './plan-launch';
import type { PlansRepo } from '../../store/plans-repo';
import { composeSettingsOf } from './account-settings';
import { referencedVariables, type AudienceReader } from './audience';
import type { DraftsService } from './drafts-service';

export interface ComposeDeps {
  drafts: DraftsService;
  audience: AudienceReader;
  accounts: AccountsRepo;
  activeAccount: () => AccountRecord | null;
  outbox: OutboxPort;
  /** The account's cached campaigns: an edit draft is checked against the campaign as last read. */
  campaigns: { get(accountId: string, id: string): { campaign: Campaign } | null };
  /** Plans of daily runs: a launch bigger than a day's calling hours is stored as one. */
  plans: PlansRepo;
  now?: () => Date;
}

type ListSend = Extract<NewOutboxItem, { kind: 'list-send' }>;
type StoredDraft = DraftFields & { id: string; accountId: string; editsCampaignId: string | null };

/** The composer's work in main: who is called, the preview's contacts, the checks, the launch and the test call. */
export class ComposeService {
  /** Drafts being launched right now: a second click while the first is checked must not queue twice. */
  private readonly launching = new Set<string>();

  constructor(private readonly deps: ComposeDeps) {}

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }

  private accountOf(accountId: string): AccountRecord {
    const account = this.deps.accounts.get(accountId);
    if (!account) throw new AppError('not-found', 'The account this draft belongs to was removed.');
    return account;
  }

  defaults(): ComposeDefaults {
    const account = this.deps.activeAccount();
    if (!account) throw new AppError('not-found', 'Add or choose an account first.');
    const settings = composeSettingsOf(account);
    const hours = accountHours(
      account.defaultCountry,
      accountSettings(account).callingHours,
      settings.timeZone,
      account.kind !== 'sandbox',
    );
    return {
      accountId: account.id,
      sandbox: account.kind === 'sandbox',
      country: account.defaultCountry,
      callerIds: [...settings.callerIds],
      accountThrottle: settings.accountThrottle,
      timeZone: settings.timeZone,
      testCallNumber: this.deps.accounts.testCallNumber(account.id),
      callingHours: hours.hours,
      hoursZone: hours.zone,
    };
  }

  async audience(draftId: string): Promise<AudienceView> {
    const draft = this.deps.drafts.require(draftId);
    return this.deps.audience.view(draft, this.accountOf(draft.accountId));
  }

  async samples(draftId: string, pick: SamplePick): Promise<ContactSample[]> {
    const draft = this.deps.drafts.require(draftId);
    return this.deps.audience.samples(draft, this.accountOf(draft.accountId), pick);
  }

  emptyRows(draftId: string, variable: string, offset: number, limit: number): { total: number; rows: ContactSample[] } {
    return this.deps.audience.emptyRows(this.deps.drafts.require(draftId), variable, offset, limit);
  }

  async check(draftId: string): Promise<LaunchCheck> {
    const draft = this.deps.drafts.require(draftId);
    return (await this.checked(draft)).check;
  }

  private async checked(draft: StoredDraft): Promise<{ check: LaunchCheck; audience: AudienceView; account: AccountRecord }> {
    const account = this.accountOf(draft.accountId);
    const settings = composeSettingsOf(account);
    const audience = await this.deps.audience.view(draft, account);
    const edited = draft.editsCampaignId ? this.editedCampaign(account.id, draft.editsCampaignId) : null;
    const takenNames = this.takenNames(account.id);
    if (edited) takenNames.delete(edited.name);
    const found = checkLaunch(draft, {
      now: this.now(),
      accountThrottle: settings.accountThrottle,
      callerIds: settings.callerIds,
      audience,
      takenNames,
      country: account.defaultCountry,
      accountHours: accountSettings(account).callingHours,
      anyTimeByDefault: account.kind === 'sandbox',
      editing: Boolean(draft.editsCampaignId),
    });
    let check = this.withListLimits(draft, audience, found);
    if (edited && audience.count > 0) {
      const { resolved, listSend } = this.resolveAudience(draft, audience, account, draft.name.trim());
      check = withEditCheck(draft, resolved, audience, check, {
        campaign: edited,
        now: this.now(),
        accountThrottle: settings.accountThrottle,
        pendingListLabel: listSend ? `“${audience.label}”, sent to Exotel on the way` : null,
      });
    }
    return { check, audience, account };
  }

  private editedCampaign(accountId: string, campaignId: string): Campaign {
    const cached = this.deps.campaigns.get(accountId, campaignId);
    if (!cached)
      throw new AppError('not-found', 'The campaign these changes are for is not in this account’s list any more; refresh the campaigns.');
    return cached.campaign;
  }

  /** A dynamic list carries every variable of the saved list, and Exotel takes at most five. */
  private withListLimits(draft: DraftFields, audience: AudienceView, check: LaunchCheck): LaunchCheck {
    const message = draft.audience.kind === 'list' ? dynamicListProblem(audience, referencedVariables(draft, audience.variables)) : null;
    if (!message) return check;
    return { ...check, ready: false, issues: [...check.issues, { field: 'audience', message }] };
  }

  /** Campaigns on Exotel and every name the outbox holds for this account: a launch is found again by its name. */
  private takenNames(accountId: string): Set<string> {
    const names = this.deps.drafts.takenNames(accountId, { drafts: false });
    for (const item of this.deps.outbox.list(accountId)) names.add(item.key);
    return names;
  }

  /**
   * Queues the launch. What the user confirmed (name and count) must still be what the draft says; the
   * campaign's name is its reconciliation key from here on, fixed in the queued item.
   */
  async launch(draftId: string, confirmName: string, confirmCount: number): Promise<OutboxItemView> {
    if (this.launching.has(draftId)) throw new AppError('conflict', 'This draft is being launched already.');
    this.launching.add(draftId);
    try {
      const draft = this.deps.drafts.require(draftId);
      if (draft.launchedItemId) throw launchedAlready(draft.name);
      if (draft.editsCampaignId)
        throw new AppError('validation', 'This draft holds changes to a campaign on Exotel: save them with “Save changes”.');
      const { check, audience, account } = await this.checked(draft);
      if (!check.ready) {
        const first = check.issues[0];
        throw new AppError(
          'validation',
          `Not launched: ${first ? first.message : 'the checks before launch did not pass'}${check.issues.length > 1 ? ` (and ${check.issues.length - 1} more)` : ''}.`,
          { issues: issuePaths(check.issues) },
        );
      }
      const name = draft.name.trim();
      if (confirmName.trim() !== name || confirmCount !== audience.count) {
        throw new AppError(
          'conflict',
          `Not launched: you confirmed “${confirmName.trim()}” with ${formatCount(confirmCount)} numbers, but the draft is now “${name}” with ${formatCount(audience.count)} numbers. Check the summary again, then confirm.`,
        );
      }
      // The created campaign carries the start and end the summary showed: inside the calling hours.
      const plan = check.summary?.plan;
      const schedule = check.summary ? scheduleWithinHours(draft.schedule, check.summary) : draft.schedule;
      const item = plan
        ? this.enqueuePlanLaunch(draft, audience, account, name, plan)
        : this.enqueueLaunch({ ...draft, schedule }, audience, account, name);
      this.deps.drafts.markLaunched(draft.id, item.id);
      return item;
    } finally {
      this.launching.delete(draftId);
    }
  }

  /** How the draft's audience goes in the request, and the list send it needs first, if any (not queued yet). */
  private resolveAudience(
    draft: DraftFields,
    audience: AudienceView,
    account: AccountRecord,
    key: string,
  ): { resolved: ResolvedAudience; listSend: ListSend | null } {
    const a = draft.audience;
    if (a.kind === 'exotel-lists') return { resolved: { lists: a.sids, campaignType: a.type }, listSend: null };
    if (a.kind === 'numbers') {
      const typed = this.deps.audience.typedNumbers(a.text, account.defaultCountry);
      return {
        resolved: { from: (draft.callDuplicateNumbers ? typed.all : typed.unique).map((t) => t.e164), campaignType: 'static' },
        listSend: null,
      };
    }
    const list = this.deps.audience.requireList(a.listId);
    if (audience.route === 'from')
      return { resolved: { from: this.deps.audience.listNumbers(draft, list), campaignType: 'static' }, listSend: null };
    const listType = audience.route === 'dynamic-list' ? 'dynamic' : 'static';
    const skip = draft.skipEmptyFor.filter((v) =>
      referencedVariables(
        draft,
        list.variables.map((m) => m.name),
      ).includes(v),
    );
    return {
      resolved: { lists: [], campaignType: listType },
      listSend: {
        kind: 'list-send',
        accountId: account.id,
        title: `Send “${list.name}” to Exotel as a ${listType} list for “${key}”`,
        // Leaving rows out makes a different list from the one sent before, so it gets its own name.
        key: exotelListName(list.id, listType, skip),
        listId: list.id,
        listType,
        skipEmptyFor: skip,
      },
    };
  }

  private enqueuePlanLaunch(
    draft: StoredDraft,
    audience: AudienceView,
    account: AccountRecord,
    name: string,
    plan: SummaryPlan,
  ): OutboxItemView {
    const { resolved, listSend } = this.resolveAudience(draft, audience, account, name);
    return enqueuePlan(this.deps.outbox, this.deps.plans, { draft, account, name, resolved, listSend, plan, now: this.now() });
  }

  private enqueueLaunch(draft: DraftFields & { id: string }, audience: AudienceView, account: AccountRecord, key: string): OutboxItemView {
    const outbox = this.deps.outbox;
    const { resolved, listSend } = this.resolveAudience(draft, audience, account, key);
    const dependsOn = listSend ? outbox.enqueue(listSend).id : null;
    return outbox.enqueue({
      kind: 'campaign-create',
      accountId: account.id,
      title: `Launch “${key}” (${formatCount(audience.count)} numbers)`,
      key,
      draftId: draft.id,
      dependsOn,
      payload: { input: buildCreateInput(draft, resolved, key), listFromItem: dependsOn },
    });
  }

  /**
   * "Save changes" of an edit draft: checked like a launch and against what Exotel lets change now, then queued
   * as one update of the campaign (after the send of its new list, when it calls a saved list not on Exotel).
   */
  async saveEdit(draftId: string): Promise<OutboxItemView> {
    if (this.launching.has(draftId)) throw new AppError('conflict', 'These changes are being saved already.');
    this.launching.add(draftId);
    try {
      const draft = this.deps.drafts.require(draftId);
      const campaignId = draft.editsCampaignId;
      if (!campaignId) throw new AppError('validation', 'This draft launches a new campaign; it has no changes to save.');
      if (draft.launchedItemId)
        throw new AppError('conflict', `The changes to “${draft.name}” were saved already; see Activity for how it went.`);
      const { check, audience, account } = await this.checked(draft);
      if (!check.ready) {
        const first = check.issues[0];
        throw new AppError(
          'validation',
          `Not saved: ${first ? first.message : 'the checks did not pass'}${check.issues.length > 1 ? ` (and ${check.issues.length - 1} more)` : ''}.`,
          {
            issues: issuePaths(check.issues),
          },
        );
      }
      const campaign = this.editedCampaign(account.id, campaignId);
      const { resolved, listSend } = this.resolveAudience(draft, audience, account, draft.name.trim());
      const wanted = buildEditInput(draft, resolved, campaign, this.now());
      const plan = planCampaignUpdate(this.deps.outbox, account, campaign, wanted, { pendingList: listSend !== null, now: this.now() });
      const dependsOn = listSend ? this.deps.outbox.enqueue(listSend).id : null;
      const item = enqueueCampaignUpdate(this.deps.outbox, plan, { draftId: draft.id, dependsOn });
      this.deps.drafts.markLaunched(draft.id, item.id);
      return item;
    } finally {
      this.launching.delete(draftId);
    }
  }

  /**
   * "Call me first": the message as one contact would hear it, as a one-number greeting campaign to the
   * number given, queued like any launch. The number is remembered for the account.
   */
  async testCall(draftId: string, number: string, sampleIndex: number): Promise<OutboxItemView> {
    const draft = this.deps.drafts.require(draftId);
    const account = this.accountOf(draft.accountId);
    const checked = createPhoneNormaliser(account.defaultCountry)(number.trim());
    if (!checked.ok) {
      const message = describeReason(checked.reason, { raw: number, country: account.defaultCountry });
      throw new AppError('validation', `Test call number: ${message}`, { issues: [{ path: ['number'], message }] });
    }
    const audience = await this.deps.audience.view(draft, account);
    const [sample] = await this.deps.audience.samples(draft, account, { kind: 'index', index: sampleIndex });
    const content = draft.content;
    const fields: DraftFields = {
      ...draft,
      content:
        content.kind === 'flow'
          ? content
          : {
              kind: 'text',
              text: renderTemplate(content.text, audience.variables, sample?.values ?? {}).text,
              flowType: 'greeting',
              repeatMenuAttempts: 0,
            },
      retries: { ...draft.retries, count: 0 },
      schedule: { kind: 'now', endAt: '', timeZone: draft.schedule.timeZone },
      mode: 'auto',
      callDuplicateNumbers: false,
      statusCallback: '',
      callStatusCallback: '',
      callScheduleCallback: '',
      customField: '',
    };
    // A name of its own, unique and fixed now, so a lost answer can be settled by looking it up.
    const stamp = instantToZoned(this.now(), composeSettingsOf(account).timeZone).replace('T', ' ');
    const key = `Test call ${stamp} ${randomBytes(3).toString('hex')} · ${draft.name.trim()}`.slice(0, 120);
    const input = buildCreateInput(fields, { from: [checked.e164], campaignType: 'static' }, key);
    const problems = checkCampaignCreate(input, composeSettingsOf(account).accountThrottle);
    if (!input.callerId) problems.unshift({ field: 'callerId', message: 'Choose the ExoPhone to call from' });
    if (content.kind === 'text' && !content.text.trim()) problems.unshift({ field: 'content.text', message: 'Write the message first' });
    const first = problems[0];
    if (first) throw new AppError('validation', `No test call: ${first.message}.`, { issues: issuePaths(problems) });
    this.deps.accounts.setTestCallNumber(account.id, number.trim());
    return this.deps.outbox.enqueue({
      kind: 'test-call',
      accountId: account.id,
      title: `Test call to ${checked.e164} for “${draft.name.trim()}”`,
      key,
      draftId: draft.id,
      payload: { input, listFromItem: null },
    });
  }
}

function launchedAlready(name: string): AppError {
  return new AppError('conflict', `“${name}” was launched already; see Activity for how it went. Duplicate it to launch it again.`);
}
