import { z } from "zod";
import type { ActionState } from "@/lib/actions/action-state";
import { idSchema } from "@/lib/ids";
import { LANGUAGE_CODES } from "@/lib/profiles/profile-vocabulary";

// Inputs of the coordinator's review of applications: the table's filters (from the URL) and the
// decisions (from forms). Safe to import on the client. Messages are keys under validation.* and
// applications.errors.*.

export const APPLICATION_STATUSES = ["SUBMITTED", "ACCEPTED", "WAITLISTED", "DECLINED"] as const;
export type ApplicationStatusKey = (typeof APPLICATION_STATUSES)[number];

export const APPLICATION_SORTS = ["name", "submitted", "field", "status"] as const;
export type ApplicationSort = (typeof APPLICATION_SORTS)[number];

export const applicationPageSize = 50;

export const DECISIONS = ["accept", "waitlist", "decline"] as const;
export type Decision = (typeof DECISIONS)[number];

export const decisionStatus: Record<Decision, ApplicationStatusKey> = {
  accept: "ACCEPTED",
  waitlist: "WAITLISTED",
  decline: "DECLINED",
};

export type TransitionRefusal = "alreadyAccepted" | "alreadyDeclined" | "alreadyWaitlisted";

/**
 * Why an application in `from` cannot get `decision`, or null when it can. Only submitted and
 * waitlisted applications are decided: an acceptance created a participation and a decline may
 * have been emailed, so both are final here.
 */
export function transitionRefusal(from: ApplicationStatusKey, decision: Decision): TransitionRefusal | null {
  if (from === "ACCEPTED") return "alreadyAccepted";
  if (from === "DECLINED") return "alreadyDeclined";
  if (from === "WAITLISTED" && decision === "waitlist") return "alreadyWaitlisted";
  return null;
}

/** The decisions a coordinator is offered for an application in this status. */
export function allowedDecisions(from: ApplicationStatusKey): Decision[] {
  return DECISIONS.filter((decision) => transitionRefusal(from, decision) === null);
}

// A URL parameter is a string, an array of strings (when repeated) or missing; the first one
// counts, and an empty one is no filter.
const optionalParam = <T extends z.ZodType>(schema: T) =>
  z
    .preprocess((value) => {
      const first: unknown = Array.isArray(value) ? value[0] : value;
      return typeof first === "string" && first.trim() !== "" ? first.trim() : undefined;
    }, schema.optional())
    .catch(undefined);

/**
 * The table's filters, sort and page as they come from the URL. Anything unexpected is dropped
 * rather than refused: a hand-edited URL shows the unfiltered table.
 */
export const applicationFiltersSchema = z.object({
  role: optionalParam(z.enum(["MENTOR", "MENTEE"])),
  field: optionalParam(z.string().max(60)),
  status: optionalParam(z.enum(APPLICATION_STATUSES)),
  city: optionalParam(z.string().max(100)),
  language: optionalParam(z.enum(LANGUAGE_CODES)),
  q: optionalParam(z.string().max(200)),
  sort: optionalParam(z.enum(APPLICATION_SORTS)).transform((value) => value ?? "submitted"),
  dir: optionalParam(z.enum(["asc", "desc"])),
  page: optionalParam(z.coerce.number().int().min(1).max(100_000)).transform((value) => value ?? 1),
});

export type ApplicationFilters = z.output<typeof applicationFiltersSchema>;

/** Newest first by default; names, fields and statuses A to Z. */
export function sortDirection(filters: Pick<ApplicationFilters, "sort" | "dir">): "asc" | "desc" {
  return filters.dir ?? (filters.sort === "submitted" ? "desc" : "asc");
}

const reasonSchema = z
  .string()
  .trim()
  .max(2000, "validation.tooLong")
  .optional()
  .transform((value) => value || null);

const decisionFields = {
  decision: z.enum(DECISIONS, "applications.errors.decisionMissing"),
  reason: reasonSchema,
  /** Only a decline's reason is ever emailed, and only when the coordinator asks for it. */
  emailReason: z
    .union([z.literal("on"), z.literal("true"), z.literal(""), z.undefined(), z.null()])
    .transform((value) => value === "on" || value === "true"),
};

const reasonForDecline = (input: { decision: Decision; reason: string | null }, context: z.RefinementCtx) => {
  if (input.decision === "decline" && !input.reason) {
    context.addIssue({ code: "custom", path: ["reason"], message: "applications.errors.reasonMissing" });
  }
};

/** The fields of the decision form on an application's page. */
export const decisionSchema = z.object(decisionFields).superRefine(reasonForDecline);

export type DecisionInput = z.output<typeof decisionSchema>;

/** At most a few pages at once, so one request stays short. */
export const bulkLimit = 200;

/** The fields of the bulk decision above a cohort's table: the same decision for every ticked application. */
export const bulkDecisionSchema = z
  .object({
    applicationIds: z
      .array(z.string())
      .min(1, "applications.errors.noneSelected")
      .max(bulkLimit, "applications.errors.tooManySelected")
      // Anything that is not an id cannot be an application of this cohort; it is simply left out.
      .transform((ids) => [...new Set(ids.filter((id) => idSchema.safeParse(id).success))]),
    ...decisionFields,
  })
  .superRefine(reasonForDecline);

export type BulkDecisionInput = z.output<typeof bulkDecisionSchema>;

/** A decision form's text fields as the schemas read them; the ticked ids come as a list. */
export function decisionFieldsFromForm(formData: FormData) {
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : undefined;
  };
  return {
    decision: text("decision"),
    reason: text("reason"),
    emailReason: text("emailReason"),
    applicationIds: formData.getAll("applicationIds").map(String),
  };
}

/** What a decision form shows again after a problem: the decision and its reason, not the ticked ids. */
export function decisionEcho(formData: FormData): Record<string, string> {
  const { applicationIds: _ids, ...fields } = decisionFieldsFromForm(formData);
  return Object.fromEntries(Object.entries(fields).filter((entry): entry is [string, string] => Boolean(entry[1])));
}

/** The state of the decision forms: the usual action state, plus what could not be done in a bulk decision. */
export type DecisionState = ActionState & { problems?: string[] };
