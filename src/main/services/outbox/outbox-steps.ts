import type { CampaignActionKind, OutboxKind } from '../../../shared/outbox/schemas';
import { EDIT_FIELD_LABELS, namedFields, readBack, type EditField } from '../../../shared/compose/campaign-edit';
import type { CampaignCreateInput, CampaignUpdateInput, KnownCampaignStatus } from '../../../shared/exotel';
import { AppError } from '../../../shared/ipc/result';
import { cancelNoteOf } from '../../../shared/jobs/cancelled';
import { isExotelError, type ExotelClient } from '../../exotel';
import { findCampaignByName } from '../../exotel/reconcile';
import type { AccountRecord } from '../../store/accounts-repo';
import type { OutboxRecord, OutboxResult } from '../../store/outbox-repo';
import type { JobContext } from '../app/job-runner';
import { sentSummary, type ContactsSender } from '../contacts/contacts-sender';

/** What one step of an item came to. */
export type Step =
  | { kind: 'done'; result: OutboxResult; message: string }
  /** Provably not done on Exotel; the message says why and what to do. */
  | { kind: 'failed'; message: string }
  /** Not sent (Exotel refused with 429, or could not be reached): try again after `ms`. */
  | { kind: 'wait'; ms: number; message: string }
  /** It may have been done: look before sending it again. */
  | { kind: 'unknown'; message: string }
  /** The user stopped it while it was sending; the message says what stays on Exotel. */
  | { kind: 'cancelled'; message: string }
  /** A check found that Exotel does not have it: it may be sent again. */
  | { kind: 'absent'; message: string }
  /** A check could not read Exotel. */
  | { kind: 'unreadable'; message: string }
  /** A check read Exotel, and what it found fits neither outcome: the user is asked. */
  | { kind: 'ask'; message: string };

export interface StepContext {
  account: AccountRecord;
  client: ExotelClient;
  signal: AbortSignal;
  lists: Pick<ContactsSender, 'send'>;
  /** The result of the item this one waited for (a create's list send). */
  dependency: OutboxResult | null;
  /** Progress of a long step (a list send), for whoever watches the item. */
  progress: JobContext['progress'];
}

const OFFLINE_RETRY_MS = 15_000;
// How far this computer's clock may be behind Exotel's when telling a launch's campaign from an older namesake.
const CLOCK_SKEW_MS = 60 * 60_000;
const RATE_LIMIT_DEFAULT_MS = 60_000;

const PAST: Record<CampaignActionKind, string> = {
  pause: 'paused',
  resume: 'resumed',
  complete: 'completed',
  archive: 'archived',
  delete: 'deleted',
};

/** After an action whose answer was lost, the campaign's status says whether it was applied. */
const ACTION_SETTLED: Record<CampaignActionKind, { done: KnownCampaignStatus[]; notYet: KnownCampaignStatus[] }> = {
  pause: { done: ['paused'], notYet: ['created', 'in-progress'] },
  resume: { done: ['in-progress'], notYet: ['paused'] },
  complete: { done: ['completed', 'archived'], notYet: ['paused'] },
  archive: { done: ['archived'], notYet: ['completed'] },
  // Delete is allowed only before calling starts: a campaign found in any other state stays as it is.
  delete: { done: ['deleted'], notYet: ['created'] },
};

/** The create as it goes to Exotel: named by its key, calling the list its dependency put there. */
export function createInput(r: OutboxRecord, dependency: OutboxResult | null): CampaignCreateInput {
  if (r.item.kind !== 'campaign-create' && r.item.kind !== 'test-call') throw new Error(`${r.kind} is not a create`);
  const input: CampaignCreateInput = { ...r.item.payload.input, name: r.key };
  if (r.item.payload.listFromItem) {
    const sid = dependency?.listSid;
    if (!sid) throw new AppError('internal', 'The list this campaign calls has not been sent yet.');
    input.lists = [...new Set([...(input.lists ?? []), sid])];
  }
  return input;
}

/** The changes as they go to Exotel, calling the list the dependency put there when they change the lists. */
export function updateInput(r: OutboxRecord, dependency: OutboxResult | null): CampaignUpdateInput {
  if (r.item.kind !== 'campaign-update') throw new Error(`${r.kind} is not an update`);
  const changes: CampaignUpdateInput = { ...r.item.payload.changes };
  if (r.item.payload.listFromItem) {
    const sid = dependency?.listSid;
    if (!sid) throw new AppError('internal', 'The list these changes call has not been sent yet.');
    changes.lists = [sid];
  }
  return changes;
}

const fieldWords = (fields: readonly EditField[]): string => fields.map((f) => EDIT_FIELD_LABELS[f].toLowerCase()).join(', ');

/** Sends the item once. Every failure is sorted into done-or-not-known by what the error proves. */
export async function sendItem(r: OutboxRecord, ctx: StepContext): Promise<Step> {
  const { client, signal } = ctx;
  const item = r.item;
  try {
    switch (item.kind) {
      case 'campaign-create':
      case 'test-call': {
        const campaign = await client.campaigns.create(createInput(r, ctx.dependency), { signal });
        const what = item.kind === 'test-call' ? 'the test call' : 'the campaign';
        return { kind: 'done', result: { campaignId: campaign.id }, message: `Exotel made ${what} (${campaign.id}).` };
      }
      case 'campaign-action': {
        if (item.action === 'delete') await client.campaigns.delete(item.campaignId, { signal });
        else await client.campaigns.action(item.campaignId, item.action, { signal });
        return { kind: 'done', result: { campaignId: item.campaignId }, message: `Exotel ${PAST[item.action]} the campaign.` };
      }
      case 'campaign-update': {
        const changes = updateInput(r, ctx.dependency);
        try {
          await client.campaigns.update(item.campaignId, changes, { signal });
        } catch (error) {
          if (isExotelError(error) && error.kind === 'validation') {
            return {
              kind: 'failed',
              message: `${error.plainMessage}. Nothing was changed on Exotel: edit the campaign again with that corrected.`,
            };
          }
          throw error;
        }
        return {
          kind: 'done',
          result: { campaignId: item.campaignId },
          message: `Exotel saved the changes (${fieldWords(namedFields(changes))}).`,
        };
      }
      case 'list-send': {
        const { link, reused, listName } = await ctx.lists.send(
          item.listId,
          item.listType,
          ctx.account,
          client,
          { signal, progress: ctx.progress },
          {
            name: r.key,
            skipEmptyFor: item.skipEmptyFor,
            slice: item.slice ?? null,
          },
        );
        return {
          kind: 'done',
          result: { listSid: link.sid, list: { ...link, reused } },
          message: `${sentSummary(item.listType, listName, link, reused)}.`,
        };
      }
    }
  } catch (error) {
    return sendFailure(error, item.kind);
  }
}

/** What the user does after Exotel refused what an item asked for: the words fit the kind of item. */
const REFUSED_NEXT: Record<OutboxKind, string> = {
  'campaign-create': 'Nothing was made on Exotel: correct it and launch again.',
  'test-call': 'No call was made: correct it and try the test call again.',
  'list-send': 'Nothing more was added on Exotel: correct it and send the list again.',
  'campaign-action': 'Nothing was changed on Exotel.',
  'campaign-update': 'Nothing was changed on Exotel: correct the edit and save it again.',
};

function sendFailure(error: unknown, kind: OutboxKind): Step {
  if (isExotelError(error)) {
    switch (error.kind) {
      case 'rate-limited':
        return {
          kind: 'wait',
          ms: error.retryAfterMs ?? RATE_LIMIT_DEFAULT_MS,
          message: `${error.plainMessage} It waits in the queue until then.`,
        };
      case 'network':
        return {
          kind: 'wait',
          ms: OFFLINE_RETRY_MS,
          message: 'Exotel could not be reached; nothing was sent. It waits in the queue and goes when Exotel can be reached.',
        };
      case 'aborted':
        return { kind: 'unknown', message: 'Campaign Desk stopped while waiting for Exotel’s answer.' };
      case 'unknown-outcome':
      case 'timeout':
      case 'server-error':
      case 'malformed-response':
        return { kind: 'unknown', message: error.plainMessage };
      case 'validation':
        return { kind: 'failed', message: `${error.plainMessage}. ${REFUSED_NEXT[kind]}` };
      case 'bad-credentials':
        return { kind: 'failed', message: `${error.plainMessage} Nothing was sent; choose Retry once they are right.` };
      default:
        return { kind: 'failed', message: `${error.plainMessage}. Nothing was changed on Exotel; choose Retry when the cause is fixed.` };
    }
  }
  if (error instanceof AppError) {
    if (error.code === 'cancelled') {
      // A send that knows what Exotel kept says so; a bare cancel may have been an answer cut off.
      const note = cancelNoteOf(error);
      return note ? { kind: 'cancelled', message: note } : { kind: 'unknown', message: 'Campaign Desk stopped while sending.' };
    }
    return { kind: 'failed', message: `${error.message} Choose Retry when the cause is fixed.` };
  }
  // A fault inside the app after the request may have gone: treat it as an answer that never came.
  return { kind: 'unknown', message: 'Something went wrong inside the app while sending.' };
}

function checkFailure(error: unknown): Step {
  if (isExotelError(error) && error.kind === 'network') {
    return { kind: 'wait', ms: OFFLINE_RETRY_MS, message: 'Exotel could not be reached to check; it will look again when it can.' };
  }
  if (isExotelError(error) && error.kind === 'rate-limited') {
    return { kind: 'wait', ms: error.retryAfterMs ?? RATE_LIMIT_DEFAULT_MS, message: `${error.plainMessage} The check waits until then.` };
  }
  const reason = isExotelError(error) || error instanceof AppError ? error.message : 'an error inside the app';
  return { kind: 'unreadable', message: reason };
}

/** Looks on Exotel for the work of an item whose answer was lost: by the campaign's unique name, or the campaign's status. */
export async function checkItem(r: OutboxRecord, ctx: StepContext): Promise<Step> {
  const { client, signal } = ctx;
  const item = r.item;
  try {
    switch (item.kind) {
      case 'campaign-create':
      case 'test-call': {
        const found = await findCampaignByName(client, r.key, { signal, madeSince: Date.parse(r.createdAt) - CLOCK_SKEW_MS });
        if (found)
          return {
            kind: 'done',
            result: { campaignId: found.id },
            message: `The answer was lost, but Exotel has the campaign “${r.key}” (${found.id}): it was made once.`,
          };
        return { kind: 'absent', message: `Exotel has no campaign named “${r.key}”, so nothing was made; sending it again.` };
      }
      case 'campaign-action': {
        let status: string;
        try {
          status = (await client.campaigns.get(item.campaignId, { signal })).status;
        } catch (error) {
          if (!(isExotelError(error) && error.kind === 'not-found')) throw error;
          status = 'deleted';
        }
        const rule = ACTION_SETTLED[item.action];
        if ((rule.done as string[]).includes(status)) {
          return {
            kind: 'done',
            result: { campaignId: item.campaignId },
            message: `The answer was lost, but Exotel shows the campaign ${status}: it was ${PAST[item.action]} once.`,
          };
        }
        if ((rule.notYet as string[]).includes(status)) {
          return {
            kind: 'absent',
            message: `Exotel still shows the campaign ${status}, so it was not ${PAST[item.action]}; sending it again.`,
          };
        }
        return {
          kind: 'failed',
          message: `Exotel shows the campaign ${status} now, so it can no longer be ${PAST[item.action]}. Nothing was sent again.`,
        };
      }
      case 'campaign-update':
        return await checkUpdate(r, ctx);
      case 'list-send':
        // Sending a list again finds the Exotel list by its name and adds only what is missing.
        return { kind: 'absent', message: 'The answer was lost; sending again reuses the same Exotel list and adds only what is missing.' };
    }
  } catch (error) {
    return checkFailure(error);
  }
}

/** An update whose answer was lost: the campaign read back shows the new values, the old ones, or neither. */
async function checkUpdate(r: OutboxRecord, ctx: StepContext): Promise<Step> {
  if (r.item.kind !== 'campaign-update') throw new Error(`${r.kind} is not an update`);
  const changes = updateInput(r, ctx.dependency);
  let campaign;
  try {
    campaign = await ctx.client.campaigns.get(r.item.campaignId, { signal: ctx.signal });
  } catch (error) {
    if (isExotelError(error) && error.kind === 'not-found')
      return { kind: 'failed', message: 'Exotel no longer has this campaign, so there is nothing to change. Nothing was sent again.' };
    throw error;
  }
  const found = readBack(campaign, changes, r.item.payload.before);
  const all = namedFields(changes).length;
  if (found.applied.length === all) {
    return {
      kind: 'done',
      result: { campaignId: r.item.campaignId },
      message: `The answer was lost, but Exotel shows the new ${fieldWords(found.applied)}: the changes were saved once.`,
    };
  }
  if (found.unchanged.length === all) {
    return {
      kind: 'absent',
      message: `Exotel still shows the ${fieldWords(found.unchanged)} as before, so nothing was changed; sending the changes again.`,
    };
  }
  const parts = [
    found.applied.length ? `new ${fieldWords(found.applied)}` : '',
    found.unchanged.length ? `${fieldWords(found.unchanged)} as before` : '',
    found.other.length ? `another ${fieldWords(found.other)} than either` : '',
  ].filter(Boolean);
  return {
    kind: 'ask',
    message:
      `Exotel’s answer was lost, and the campaign now shows ${parts.join('; ')}. Someone may have changed it meanwhile. ` +
      'Open it on the Campaigns screen or in Exotel’s dashboard: if it is as you wanted, choose “It is on Exotel”; to send these changes again, “Send again”.',
  };
}
