import { z } from "zod";
import { profileFields, type ProfileFieldName } from "@/lib/profiles/profile-fields";

// The profile's zod schema, made from the list of fields, and the few inputs that travel with a
// profile (email, role, consent). Used by the public application form, the coordinator's
// invitation and CSV import, and profile editing. Safe to import on the client.

type Fields = typeof profileFields;
type Shape = { [K in ProfileFieldName]: Fields[K]["schema"] };

const shape = Object.fromEntries(Object.entries(profileFields).map(([name, spec]) => [name, spec.schema])) as Shape;

/** The profile as it is stored on a participation (and in an application's answers). */
export const profileSchema = z.object(shape);

export type Profile = z.infer<typeof profileSchema>;
export type ProfileInput = z.input<typeof profileSchema>;

export const emailSchema = z
  .string()
  .trim()
  .min(1, "validation.emailMissing")
  .max(320, "validation.tooLong")
  .pipe(z.email("validation.emailFormat"))
  .transform((email) => email.toLowerCase());

export const roleSchema = z.enum(["MENTOR", "MENTEE"], "validation.choose");

/** A full application: role, email, the profile, and consent to the processing of personal data. */
export const applicationSchema = profileSchema.extend({
  role: roleSchema,
  email: emailSchema,
  consent: z.literal(true, "profile.errors.consentMissing"),
});

export type ApplicationInput = z.infer<typeof applicationSchema>;
