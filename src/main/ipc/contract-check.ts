import type { z } from 'zod';
import { events, type EventName } from '../../shared/ipc/contract';
import { redact } from '../../shared/redact';
import type { EventSink } from '../platform/desktop';
import { stripUnknown } from './strip-unknown';

/**
 * How main holds its own answers to the contract. 'strict' (development and tests): an output or event
 * that does not match its schema is an error, so a drift fails the test that caused it. 'strip'
 * (the packaged app): keys the contract does not declare are dropped, also from a value that does not match,
 * and a mismatch is logged, not fatal.
 */
export type ContractChecks = 'strict' | 'strip';

export function defaultContractChecks(): ContractChecks {
  return process.env.NODE_ENV === 'production' ? 'strip' : 'strict';
}

export class ContractMismatch extends Error {
  override readonly name = 'ContractMismatch';
}

function describe(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`)
    .join('; ');
}

/** The value as the contract lets it cross: parsed or stripped of unknown keys, or an error in strict mode. */
export function checkAgainst(
  schema: z.ZodType,
  value: unknown,
  where: string,
  mode: ContractChecks,
  log: (m: string) => void = console.error,
): unknown {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const message = `${where} does not match the contract: ${describe(parsed.error)}`;
  if (mode === 'strict') throw new ContractMismatch(message);
  log(redact(message));
  return stripUnknown(schema, value);
}

/** An event sink that checks each payload against its event's schema before it leaves main. */
export function checkedEmit(emit: EventSink, mode: ContractChecks): EventSink {
  return (event, payload) => {
    const schema = events[event as EventName] as z.ZodType;
    emit(event, checkAgainst(schema, payload, `event ${event}`, mode) as typeof payload);
  };
}
