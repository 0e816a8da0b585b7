import { z } from "zod";
import { formText } from "@/lib/actions/action-state";
import { profileFields } from "@/lib/profiles/profile-fields";

// Whom a programme's participants contact about it: a name, an email address and a phone number,
// each optional, set on the programme's form. Where none is set, participants are shown the
// programme's coordinators, so "contact the coordinator" always names someone. Pure: the form
// (client) and the queries (server) share it.

/** Text typed into an optional field: trimmed, "" kept as nothing. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "validation.tooLong")
    .transform((text) => text || null);

/** The contact's fields of the programme form, as zod reads them; added to the programme's schema. */
export const programmeContactShape = {
  contactName: optionalText(200),
  contactEmail: optionalText(320)
    .pipe(z.union([z.null(), z.email("validation.emailFormat")]))
    .transform((email) => email?.toLowerCase() ?? null),
  contactPhone: profileFields.phone.schema,
};

/** The contact as the programme stores it. */
export type ProgrammeContactInput = { contactName: string | null; contactEmail: string | null; contactPhone: string | null };

export type ProgrammeContactField = keyof ProgrammeContactInput;

/** The contact as the programme form's values. */
export type ProgrammeContactValues = Record<ProgrammeContactField, string>;

/** The contact's fields of a submitted programme form. */
export function programmeContactFromForm(formData: FormData): ProgrammeContactValues {
  return {
    contactName: formText(formData, "contactName"),
    contactEmail: formText(formData, "contactEmail"),
    contactPhone: formText(formData, "contactPhone"),
  };
}

/** The stored contact as the form's values; without one (a new programme), empty. */
export function programmeContactValues(programme?: ProgrammeContactInput): ProgrammeContactValues {
  return {
    contactName: programme?.contactName ?? "",
    contactEmail: programme?.contactEmail ?? "",
    contactPhone: programme?.contactPhone ?? "",
  };
}

/** One person to contact; any part may be missing. */
export type ContactPerson = { name: string | null; email: string | null; phone: string | null };

/**
 * Whom participants are shown: the programme's own contact when any part of it is set, else its
 * coordinators (by name and email), else nobody.
 */
export type ProgrammeContact = { kind: "programme"; person: ContactPerson } | { kind: "coordinators"; people: ContactPerson[] } | null;

/** What a query selects of a programme to tell whom to contact. */
export const programmeContactSelect = {
  contactName: true,
  contactEmail: true,
  contactPhone: true,
  coordinators: { orderBy: { createdAt: "asc" }, select: { user: { select: { name: true, email: true, erasedAt: true } } } },
} as const;

type ContactRow = ProgrammeContactInput & {
  coordinators: Array<{ user: { name: string; email: string | null; erasedAt: Date | null } }>;
};

export function toProgrammeContact(row: ContactRow): ProgrammeContact {
  if (row.contactName || row.contactEmail || row.contactPhone) {
    return { kind: "programme", person: { name: row.contactName, email: row.contactEmail, phone: row.contactPhone } };
  }
  const people = row.coordinators
    .filter((appointment) => !appointment.user.erasedAt)
    .map(({ user }) => ({ name: user.name, email: user.email, phone: null }));
  return people.length ? { kind: "coordinators", people } : null;
}
