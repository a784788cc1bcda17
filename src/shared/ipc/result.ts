import { z } from 'zod';

export const ErrorCode = z.enum([
  'validation',
  'not-found',
  'conflict',
  'forbidden-sender',
  'keychain-unavailable',
  'keychain-locked',
  'offline',
  'exotel',
  'cancelled',
  'unsupported-file',
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const AppErrorShape = z.object({
  code: ErrorCode,
  message: z.string(),
  details: z.unknown().optional(),
});
export type AppErrorShape = z.infer<typeof AppErrorShape>;

export type Result<T> = { ok: true; data: T } | { ok: false; error: AppErrorShape };

export function resultSchema<T extends z.ZodType>(data: T) {
  return z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), data }), z.object({ ok: z.literal(false), error: AppErrorShape })]);
}

/** An error a service throws on purpose: it crosses the bridge as data with its code intact. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toShape(): AppErrorShape {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}
