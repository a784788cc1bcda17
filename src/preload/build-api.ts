import { channelNames, isEventName } from '../shared/ipc/contract';
import type { DeskApi, Invoke, OpenDropped, Subscribe } from '../shared/ipc/api-types';

/**
 * Builds `window.api` from the contract's channel names over a transport: Electron's IPC in the
 * preload, HTTP to the loopback host in the browser stand-in. Only named calls exist; there is no
 * way to reach a channel the contract does not declare.
 */
export function buildApi(invoke: Invoke, subscribe: Subscribe, openDroppedFile: OpenDropped): DeskApi {
  const api: Record<string, unknown> = {};
  for (const channel of channelNames) {
    const [namespace, method] = channel.split(':') as [string, string];
    const group = (api[namespace] ??= {}) as Record<string, unknown>;
    group[method] = (input?: unknown) => invoke(channel, input);
  }
  api.on = (event: string, listener: (payload: unknown) => void) => {
    if (!isEventName(event)) throw new Error(`Unknown event "${event}"`);
    return subscribe(event, listener);
  };
  api.openDroppedFile = openDroppedFile;
  return Object.freeze(api) as DeskApi;
}
