import { z } from 'zod';

type Plain = Record<string, unknown>;

function isPlain(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function issueCount(schema: z.ZodType, value: unknown): number {
  const parsed = schema.safeParse(value);
  return parsed.success ? 0 : parsed.error.issues.length;
}

/** The option of a union the value was meant to be: by its discriminator, else the one it is closest to. */
function optionFor(schema: z.ZodUnion, value: unknown): z.ZodType | undefined {
  const options = schema.options as readonly z.ZodType[];
  const key = schema instanceof z.ZodDiscriminatedUnion ? (schema._zod.def.discriminator as string) : null;
  if (key !== null && isPlain(value)) {
    const tagged = options.find(
      (o) => o instanceof z.ZodObject && (o.shape as Record<string, z.ZodType>)[key]?.safeParse(value[key]).success,
    );
    if (tagged) return tagged;
  }
  return [...options].sort((a, b) => issueCount(a, value) - issueCount(b, value))[0];
}

function stripObject(schema: z.ZodObject, value: unknown): unknown {
  if (!isPlain(value)) return undefined;
  const shape = schema.shape as Record<string, z.ZodType>;
  const catchall = schema._zod.def.catchall as z.ZodType | undefined;
  const out: Plain = {};
  for (const [key, item] of Object.entries(value)) {
    const declared = Object.hasOwn(shape, key) ? shape[key] : catchall instanceof z.ZodNever ? undefined : catchall;
    if (declared) out[key] = stripUnknown(declared, item);
  }
  return out;
}

/**
 * The value with every key its schema does not declare removed, also where the value does not match the
 * schema: in the packaged app a mismatched answer still crosses (logged), but nothing undeclared crosses with
 * it. A matching value is simply parsed. An object where the schema wants a plain value is dropped whole.
 */
export function stripUnknown(schema: z.ZodType, value: unknown): unknown {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  if (schema instanceof z.ZodObject) return stripObject(schema, value);
  if (schema instanceof z.ZodArray)
    return Array.isArray(value) ? value.map((item) => stripUnknown(schema.element as z.ZodType, item)) : undefined;
  if (schema instanceof z.ZodTuple) {
    const items = schema._zod.def.items as readonly z.ZodType[];
    return Array.isArray(value) ? items.map((item, i) => stripUnknown(item, value[i])) : undefined;
  }
  if (schema instanceof z.ZodRecord) {
    if (!isPlain(value)) return undefined;
    const values = schema._zod.def.valueType as z.ZodType;
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, stripUnknown(values, item)]));
  }
  if (schema instanceof z.ZodUnion) {
    const option = optionFor(schema, value);
    return option ? stripUnknown(option, value) : undefined;
  }
  if (
    schema instanceof z.ZodOptional ||
    schema instanceof z.ZodNullable ||
    schema instanceof z.ZodDefault ||
    schema instanceof z.ZodReadonly
  ) {
    return value === undefined || value === null ? value : stripUnknown(schema.unwrap() as z.ZodType, value);
  }
  if (schema instanceof z.ZodLazy) return stripUnknown(schema.unwrap() as z.ZodType, value);
  if (schema instanceof z.ZodPipe) return stripUnknown(schema.in as z.ZodType, value);
  if (schema instanceof z.ZodIntersection) {
    const left = stripUnknown(schema._zod.def.left as z.ZodType, value);
    const right = stripUnknown(schema._zod.def.right as z.ZodType, value);
    return isPlain(left) && isPlain(right) ? { ...left, ...right } : left;
  }
  if (schema instanceof z.ZodUnknown || schema instanceof z.ZodAny) return value;
  // A plain value (string, number, enum, literal...) that does not match crosses as it is; an object in its
  // place is nothing the contract declares.
  return typeof value === 'object' && value !== null ? undefined : value;
}
