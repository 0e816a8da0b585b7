import { z } from "zod";

// Inputs of the forms that publish and end pairs. Safe to import on the client; messages are keys
// into messages/*.json (the board shows them, so they sit with the board's messages).

/** Publishing carries the version of the proposals the coordinator confirmed (see board-version.ts). */
export const publishSchema = z.object({ board: z.string("matching.errors.invalid").regex(/^[0-9a-f]{64}$/, "matching.errors.invalid") });

/** Why a running pair ends early: for the coordinators' records, never shown to participants. */
export const endPairSchema = z.object({
  reason: z.string().trim().min(1, "matching.errors.reasonMissing").max(500, "validation.tooLong"),
});
