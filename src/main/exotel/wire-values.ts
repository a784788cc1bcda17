import { z } from 'zod';

/** Exotel documents some numbers as strings ("http_code: string"); accept either. */
export const looseNumber = z.union([
  z.number(),
  z
    .string()
    .trim()
    .regex(/^-?\d+(\.\d+)?$/)
    .transform(Number),
]);

export const optionalNumber = looseNumber.nullish().catch(null);
export const optionalString = z.string().nullish().catch(null);
export const optionalBoolean = z.boolean().nullish().catch(null);

export function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

export function numberOrNull(value: unknown): number | null {
  const parsed = looseNumber.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** A string list that tolerates a comma-separated string (as the reference describes `from`). */
export const stringList = z
  .union([z.array(z.union([z.string(), z.number()])), z.string()])
  .nullish()
  .catch(null)
  .transform((value) => {
    if (value === null || value === undefined) return [];
    if (typeof value === 'string')
      return value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    return value.map(String);
  });
