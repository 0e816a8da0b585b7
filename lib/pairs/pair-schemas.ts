import { z } from "zod";

// Inputs of the forms that publish and end pairs. Safe to import on the client; messages are keys
// into messages/*.json (the board shows them, so they sit with the board's messages).

/** Publishing carries the number of proposals the coordinator confirmed. */
export const publishSchema = z.object({ count: z.coerce.number("matching.errors.invalid").int().min(0).max(100_000) });

/** Why a running pair ends early: for the coordinators' records, never shown to participants. */
export const endPairSchema = z.object({
  reason: z.string().trim().min(1, "matching.errors.reasonMissing").max(500, "validation.tooLong"),
});
