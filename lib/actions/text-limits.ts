import type { z } from "zod";

// The most characters a text field takes, read from its zod schema, so that the form's counter
// and the server's answer tell the same limit. Pure, safe on the client.

type Inner = {
  _zod?: { def?: { type?: string; in?: unknown; innerType?: unknown; shape?: Record<string, unknown> } };
  maxLength?: number | null;
};

/** The limit of a text schema, through its optional, nullable, default and transform wrappers. */
export function textLimit(schema: unknown): number | undefined {
  const node = schema as Inner;
  const def = node?._zod?.def;
  if (!def) return undefined;
  if (def.type === "string") return node.maxLength ?? undefined;
  for (const inner of [def.in, def.innerType]) {
    const limit = inner === undefined ? undefined : textLimit(inner);
    if (limit !== undefined) return limit;
  }
  return undefined;
}

/** The limits of an object schema's text fields, by field name. */
export function textLimits(schema: z.ZodType): Record<string, number> {
  const shape = (schema as Inner)._zod?.def?.shape ?? {};
  const limits: Record<string, number> = {};
  for (const [name, field] of Object.entries(shape)) {
    const limit = textLimit(field);
    if (limit !== undefined) limits[name] = limit;
  }
  return limits;
}
