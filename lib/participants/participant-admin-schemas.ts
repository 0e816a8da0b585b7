import { z } from "zod";
import { languageListSchema } from "@/lib/profiles/profile-fields";
import { emailSchema, profileSchema, roleSchema } from "@/lib/profiles/profile-schemas";

// Inputs of the coordinator's participant pages: the list's filters (from the URL), the
// invitation form and the CSV import. Safe to import on the client. Messages are keys under
// validation.*, profile.errors.* and participants.*.

export const PARTICIPATION_STATUSES = ["INVITED", "ACTIVE", "WITHDRAWN", "COMPLETED"] as const;
export const participantPageSize = 50;

// A URL parameter is a string, an array (when repeated) or missing; the first one counts, and an
// empty one is no filter. Anything unexpected is dropped: a hand-edited URL shows the whole list.
const optionalParam = <T extends z.ZodType>(schema: T) =>
  z
    .preprocess((value) => {
      const first: unknown = Array.isArray(value) ? value[0] : value;
      return typeof first === "string" && first.trim() !== "" ? first.trim() : undefined;
    }, schema.optional())
    .catch(undefined);

export const participantFiltersSchema = z.object({
  role: optionalParam(roleSchema),
  field: optionalParam(z.string().max(60)),
  status: optionalParam(z.enum(PARTICIPATION_STATUSES)),
  /** Part of a name or an email. */
  q: optionalParam(z.string().max(200)),
  page: optionalParam(z.coerce.number().int().min(1).max(100_000)).transform((value) => value ?? 1),
});

export type ParticipantFilters = z.output<typeof participantFiltersSchema>;

/**
 * The profile of someone a coordinator adds (invitation or import). Like the full profile, except
 * that languages may be left out: the person completes their profile after signing in, and the
 * profile form asks for at least one language then.
 */
export const addedProfileSchema = profileSchema.extend({ languages: languageListSchema });

export type AddedProfile = z.infer<typeof addedProfileSchema>;

/** The language the emails to a new account are written in. */
export const emailLocaleSchema = z.enum(["sv", "en"], "validation.choose");

/** The short invitation form: who, in which role and field, and how to reach them. */
export const invitationSchema = addedProfileSchema.pick({ name: true, phone: true, city: true, fieldKey: true, languages: true }).extend({
  role: roleSchema,
  email: emailSchema,
  locale: emailLocaleSchema,
});

export type Invitation = z.infer<typeof invitationSchema>;

/** Someone a coordinator adds to a cohort, checked and ready to be saved. */
export type NewParticipant = {
  email: string;
  name: string;
  /** The language of the emails to a new account. Existing accounts keep their own. */
  locale: "sv" | "en";
  role: "MENTOR" | "MENTEE";
  professionalFieldId: string;
  profile: AddedProfile;
};

/** Withdrawing a participant needs a reason; taking one back does not. */
export const participationChangeSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("withdraw"),
    reason: z.string().trim().min(1, "participants.withdraw.errors.reasonMissing").max(500, "validation.tooLong"),
  }),
  z.object({ intent: z.literal("reinstate") }),
]);
