import { z } from "zod";

// Inputs of the public application pages that are not the form itself (its fields are the
// profile's: lib/profiles/profile-schemas.ts). Safe to import on the client.

/** A link's token is 32 random bytes in base64url; anything else is simply not a link of ours. */
export const changeTokenSchema = z
  .string()
  .min(40)
  .max(60)
  .regex(/^[A-Za-z0-9_-]+$/);
