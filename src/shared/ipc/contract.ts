import { z } from 'zod';
import { AccountsState } from '../accounts/schemas';
import { JobFinished, JobProgress } from '../jobs/schemas';
import { accountChannels } from './channels/accounts';
import { appChannels, NetworkState } from './channels/app';
import { campaignChannels } from './channels/campaigns';
import { desktopChannels, desktopEvents } from './channels/desktop';
import { importChannels } from './channels/imports';

export interface ChannelDef {
  input: z.ZodType;
  output: z.ZodType;
}

/** Every request the renderer can make of main, declared once. */
export const contract = {
  ...appChannels,
  ...accountChannels,
  ...importChannels,
  ...campaignChannels,
  ...desktopChannels,
} satisfies Record<string, ChannelDef>;

/** Every event main pushes to the renderer. */
export const events = {
  progress: JobProgress,
  'job:finished': JobFinished,
  'accounts:changed': AccountsState,
  'network:changed': NetworkState,
  'lists:changed': z.object({ listId: z.string().nullable() }),
  ...desktopEvents,
} satisfies Record<string, z.ZodType>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;
export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

export const channelNames = Object.keys(contract) as Channel[];
export const eventNames = Object.keys(events) as EventName[];

export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

export function isEventName(name: string): name is EventName {
  return Object.prototype.hasOwnProperty.call(events, name);
}
