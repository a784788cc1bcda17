import { z } from 'zod';
import {
  contract,
  isChannel,
  isPreloadChannel,
  preloadContract,
  type AnyChannel,
  type AnyContract,
  type ChannelDef,
} from '../../shared/ipc/contract';
import { AppError, type Result } from '../../shared/ipc/result';
import { redactError } from '../../shared/redact';
import { checkAgainst, defaultContractChecks, type ContractChecks } from './contract-check';

export type Handlers = {
  [C in AnyChannel]: (
    input: z.output<AnyContract[C]['input']>,
  ) => Promise<z.output<AnyContract[C]['output']>> | z.output<AnyContract[C]['output']>;
};

/** Who sent a request: the page's address as the transport saw it. */
export interface Sender {
  url: string | null;
}

export type Dispatch = (channel: string, rawInput: unknown, sender: Sender) => Promise<Result<unknown>>;

export function validationIssues(error: z.ZodError): Array<{ path: Array<string | number>; message: string }> {
  return error.issues.map((issue) => ({
    path: issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
    message: issue.message,
  }));
}

function describeIssues(issues: Array<{ path: Array<string | number>; message: string }>): string {
  const first = issues[0];
  if (!first) return 'The request was not valid.';
  const where = first.path.length ? `${first.path.join('.')}: ` : '';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return `${where}${first.message}${more}`;
}

/**
 * The one wrapper every channel goes through, whatever the transport: check the sender, parse the input
 * with the contract's schema, call the service, answer a Result. Nothing throws across the bridge.
 */
export function createDispatch(
  handlers: Handlers,
  options: {
    isTrustedSender(sender: Sender): boolean;
    log?: (message: string, error: unknown) => void;
    /** How answers are held to the contract; strict by default outside production (see ContractChecks). */
    outputs?: ContractChecks;
  },
): Dispatch {
  const log = options.log ?? ((message, error) => console.error(message, redactError(error)));
  const outputs = options.outputs ?? defaultContractChecks();
  return async (channel, rawInput, sender) => {
    if (!options.isTrustedSender(sender)) {
      return { ok: false, error: { code: 'forbidden-sender', message: 'This request did not come from the app’s own window.' } };
    }
    const def: ChannelDef | undefined = isChannel(channel)
      ? contract[channel]
      : isPreloadChannel(channel)
        ? preloadContract[channel]
        : undefined;
    if (!def) {
      return { ok: false, error: { code: 'not-found', message: `There is no channel named "${channel}".` } };
    }
    const parsed = def.input.safeParse(rawInput);
    if (!parsed.success) {
      const issues = validationIssues(parsed.error);
      return { ok: false, error: { code: 'validation', message: describeIssues(issues), details: { issues } } };
    }
    try {
      const handler = handlers[channel as AnyChannel] as (input: unknown) => Promise<unknown> | unknown;
      const data = checkAgainst(def.output, await handler(parsed.data), `[ipc ${channel}] answer`, outputs, (m) => log(m, null));
      return { ok: true, data };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toShape() };
      if (error instanceof z.ZodError) {
        const issues = validationIssues(error);
        return { ok: false, error: { code: 'validation', message: describeIssues(issues), details: { issues } } };
      }
      log(`[ipc ${channel}] failed`, error);
      return { ok: false, error: { code: 'internal', message: 'Something went wrong inside the app. The details are in the log.' } };
    }
  };
}
