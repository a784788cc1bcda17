import type { EventName, EventPayload } from '../../shared/ipc/contract';

/** Small desktop facilities the services need, kept behind one port so services stay plain Node. */
export interface Desktop {
  /** Opens an https address in the user's browser; the caller has already checked it. */
  openExternal(url: string): Promise<void>;
  isOnline(): boolean;
}

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/** Pushes an event to the renderer: Electron's webContents.send in the app, a server-sent event in the host. */
export type EventSink = <E extends EventName>(event: E, payload: EventPayload<E>) => void;
