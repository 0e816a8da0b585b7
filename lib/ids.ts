import { z } from "zod";

/** Every id in Tandem is a UUID; anything else in a URL is simply not found. */
export const idSchema = z.uuid();

export function isId(value: unknown): value is string {
  return idSchema.safeParse(value).success;
}
