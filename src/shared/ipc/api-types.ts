import type { FileGrant } from '../files/schemas';
import type { Result } from './result';
import type { Channel, ChannelInput, ChannelOutput, EventName, EventPayload } from './contract';

type Namespace<C extends string> = C extends `${infer N}:${string}` ? N : never;
type Method<C extends string, N extends string> = C extends `${N}:${infer M}` ? M : never;

type Args<C extends Channel> = undefined extends ChannelInput<C> ? [input?: ChannelInput<C>] : [input: ChannelInput<C>];

export type ChannelCall<C extends Channel> = (...args: Args<C>) => Promise<Result<ChannelOutput<C>>>;

/** `window.api`: one named call per channel (`api.accounts.list()`), plus event subscription. */
export type DeskApi = {
  [N in Namespace<Channel>]: {
    [M in Method<Channel, N>]: `${N}:${M}` extends Channel ? ChannelCall<`${N}:${M}`> : never;
  };
} & {
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  /** Asks main to open a file the user dropped on the window; answers its grant, never a path. */
  openDroppedFile(file: File): Promise<Result<FileGrant>>;
};

export type Invoke = (channel: Channel, input: unknown) => Promise<Result<unknown>>;
export type OpenDropped = (file: File) => Promise<Result<FileGrant>>;
export type Subscribe = (event: EventName, listener: (payload: unknown) => void) => () => void;
