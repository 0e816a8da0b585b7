import { z } from "zod";
import { HEALTH_FLAGS } from "@/lib/pair-health/pair-health-rules";

// The health page's filter (in the URL) and the coordinator's note on a pair. Safe on the client;
// messages are keys into messages/*.json.

/** What the page can be filtered to: one flag, or the pairs behind the expected number of meetings. */
export const HEALTH_FILTERS = [...HEALTH_FLAGS, "behind"] as const;
export type HealthFilter = (typeof HEALTH_FILTERS)[number];

/** The first value counts; an empty or unknown one is no filter. */
export const healthFiltersSchema = z.object({
  flag: z
    .preprocess((value: unknown): unknown => (Array.isArray(value) ? (value as unknown[])[0] : value), z.enum(HEALTH_FILTERS).optional())
    .catch(undefined),
});

export type HealthFilters = z.output<typeof healthFiltersSchema>;

export const PAIR_NOTE_LIMIT = 2000;

/** The coordinator's note on a pair; saved empty, the note is removed. */
export const pairNoteSchema = z.object({
  note: z.string().trim().max(PAIR_NOTE_LIMIT, "validation.tooLong").default(""),
});
