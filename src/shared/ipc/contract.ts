import { z } from 'zod';
import { AccountsState } from '../accounts/schemas';
import { OutboxItemView } from '../outbox/schemas';
import { FileGrant } from '../files/schemas';
import { JobFinished, JobProgress } from '../jobs/schemas';
import { accountChannels } from './channels/accounts';
import { activityChannels } from './channels/activity';
import { appChannels, NetworkState } from './channels/app';
import { campaignChannels } from './channels/campaigns';
import { desktopChannels, desktopEvents } from './channels/desktop';
import { composeChannels } from './channels/compose';
import { preloadChannels } from './channels/files';
import { contactChannels } from './channels/contacts';
import { outboxChannels } from './channels/outbox';
import { planChannels } from './channels/plans';
import { carryOverChannels } from './channels/carry-over';
import { resultsChannels } from './channels/results';
import { reportChannels } from './channels/report';

export interface ChannelDef {
  input: z.ZodType;
  output: z.ZodType;
}

/** Every request the renderer can make of main, declared once. */
export const contract = {
  ...appChannels,
  ...accountChannels,
  ...contactChannels,
  ...campaignChannels,
  ...desktopChannels,
  ...composeChannels,
  ...outboxChannels,
  ...activityChannels,
  ...planChannels,
  ...carryOverChannels,
  ...resultsChannels,
  ...reportChannels,
} satisfies Record<string, ChannelDef>;

/** Requests only the preload makes on the page's behalf; main answers them, window.api does not expose them. */
export const preloadContract = preloadChannels satisfies Record<string, ChannelDef>;

/** Every event main pushes to the renderer. */
export const events = {
  progress: JobProgress,
  'job:finished': JobFinished,
  'accounts:changed': AccountsState,
  'network:changed': NetworkState,
  'contacts:changed': z.object({ listId: z.string().nullable() }),
  ...desktopEvents,
  /** The cached campaigns of an account changed (a sync or a background refresh). */
  'campaigns:changed': z.object({ accountId: z.string() }),
  /** Show this campaign (a click on its notification). */
  'campaigns:open': z.object({ accountId: z.string(), campaignId: z.string() }),
  /** An outbox item was queued or changed state. */
  'outbox:changed': OutboxItemView,
  'drafts:changed': z.object({ draftId: z.string().nullable() }),
  /** The OS opened a file with the app: the window starts an import on it. */
  'files:opened': FileGrant,
} satisfies Record<string, z.ZodType>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;
export type PreloadContract = typeof preloadContract;
export type PreloadChannel = keyof PreloadContract;
/** Every channel main answers: the page's and the preload's own. */
export type AnyChannel = Channel | PreloadChannel;
export type AnyContract = Contract & PreloadContract;
export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

export const channelNames = Object.keys(contract) as Channel[];
export const preloadChannelNames = Object.keys(preloadContract) as PreloadChannel[];
export const eventNames = Object.keys(events) as EventName[];

export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

export function isPreloadChannel(name: string): name is PreloadChannel {
  return Object.prototype.hasOwnProperty.call(preloadContract, name);
}

export function isEventName(name: string): name is EventName {
  return Object.prototype.hasOwnProperty.call(events, name);
}
