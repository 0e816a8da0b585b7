import { z } from "zod";

// Inputs of the forms that publish and end pairs. Safe to import on the client; messages are keys
// into messages/*.json (the board shows them, so they sit with the board's messages).

/** Publishing carries the version of the proposals the coordinator confirmed (see board-version.ts). */
export const publishSchema = z.object({ board: z.string("matching.errors.invalid").regex(/^[0-9a-f]{64}$/, "matching.errors.invalid") });

/** Why a running pair ends early: for the coordinators' records, never shown to participants. */
export const endPairSchema = z.object({
  reason: z.string().trim().min(1, "matching.errors.reasonMissing").max(500, "validation.tooLong"),
});

export const PAIR_STATUSES = ["PROPOSED", "ACTIVE", "ENDED"] as const;

// A URL parameter: the first one counts, an empty or unexpected one is no filter.
const optionalParam = <T extends z.ZodType>(schema: T) =>
  z
    .preprocess((value) => {
      const first: unknown = Array.isArray(value) ? value[0] : value;
      return typeof first === "string" && first.trim() !== "" ? first.trim() : undefined;
    }, schema.optional())
    .catch(undefined);

/** The filters of a cohort's pairs as a file: the mentee's professional field (as on the board) and the pair's status. */
export const pairFiltersSchema = z.object({
  field: optionalParam(z.string().max(60)),
  status: optionalParam(z.enum(PAIR_STATUSES)),
});

export type PairFilters = z.output<typeof pairFiltersSchema>;
