import { z } from "zod";
import { MAX_WEIGHT } from "@/lib/matching/matching-settings";
import { CRITERIA, RULES, SWITCHABLE_RULES, type Criterion, type SwitchableRule } from "@/lib/matching/matching-types";
import { wholeNumber } from "@/lib/programmes/programme-schemas";

// Inputs of the matching board's forms. Safe to import on the client; messages are keys into
// messages/*.json.

export const PROPOSAL_CHANGES = ["accept", "lock", "unlock", "reject", "exclude", "unpair"] as const;

/** One button of a proposal's form: a change, or a swap with another proposal. */
export const proposalIntentSchema = z.discriminatedUnion(
  "intent",
  [
    z.object({ intent: z.enum(PROPOSAL_CHANGES) }),
    z.object({ intent: z.literal("swap"), swapWith: z.uuid("matching.errors.swapMissing") }),
  ],
  { error: "matching.errors.invalid" },
);

/**
 * Choosing a mentor by hand. `breaks` lists the rules the coordinator was told the pair breaks and
 * confirmed (comma-separated rule keys); a pair that breaks another is refused. `replacing` names a
 * published pair whose mentor the choice replaces.
 */
export const handPairSchema = z.object({
  menteeId: z.uuid("matching.errors.mentorMissing"),
  mentorId: z.uuid("matching.errors.mentorMissing"),
  breaks: z
    .string()
    .max(300)
    .optional()
    .transform((list) => (list ? list.split(",").filter((rule) => (RULES as readonly string[]).includes(rule)) : [])),
  /** The published pair the chosen mentor replaces, before the cohort starts. */
  replacing: z
    .union([z.literal(""), z.uuid("matching.errors.invalid")])
    .optional()
    .transform((id) => id || null),
});

/**
 * The settings form: a weight 0–10 per criterion (field "weight-<criterion>"), a checkbox per
 * switchable rule ("rule-<rule>"), and the minimum score. Parsed into the stored shape.
 */
export const matchingSettingsSchema = z
  .object({
    ...(Object.fromEntries(CRITERIA.map((criterion) => [`weight-${criterion}`, wholeNumber(0, MAX_WEIGHT)])) as Record<
      `weight-${Criterion}`,
      ReturnType<typeof wholeNumber>
    >),
    ...(Object.fromEntries(SWITCHABLE_RULES.map((rule) => [`rule-${rule}`, z.boolean()])) as Record<
      `rule-${SwitchableRule}`,
      z.ZodBoolean
    >),
    minimumScore: wholeNumber(0, 100),
  })
  .transform((form) => ({
    weights: Object.fromEntries(CRITERIA.map((criterion) => [criterion, form[`weight-${criterion}`]])) as Record<Criterion, number>,
    rules: Object.fromEntries(SWITCHABLE_RULES.map((rule) => [rule, form[`rule-${rule}`]])) as Record<SwitchableRule, boolean>,
    minimumScore: form.minimumScore,
  }));

export function matchingSettingsFromForm(formData: FormData): Record<string, unknown> {
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : "";
  };
  return {
    ...Object.fromEntries(CRITERIA.map((criterion) => [`weight-${criterion}`, text(`weight-${criterion}`)])),
    ...Object.fromEntries(SWITCHABLE_RULES.map((rule) => [`rule-${rule}`, formData.get(`rule-${rule}`) === "on"])),
    minimumScore: text("minimumScore"),
  };
}

/** A mentee's choice for one shortlisted mentor: nothing, a rank 1–3, or "rather not". */
export const WISH_CHOICES = ["", "1", "2", "3", "avoid"] as const;

export const wishChoicesSchema = z
  .record(z.string(), z.enum(WISH_CHOICES, "matching.wishes.errors.invalid"))
  .superRefine((choices, context) => {
    const seen = new Map<string, string>();
    for (const [mentorId, choice] of Object.entries(choices)) {
      if (choice === "" || choice === "avoid") continue;
      if (seen.has(choice)) context.addIssue({ code: "custom", message: "matching.wishes.errors.rankTwice", path: [`choice-${mentorId}`] });
      seen.set(choice, mentorId);
    }
  });
