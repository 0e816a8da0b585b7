// The public application form's own words, shared by its page (client) and its action (server).
// The profile fields it asks for are read and echoed through lib/profiles/profile-form.ts.

export type ApplicantRole = "MENTOR" | "MENTEE";

/** The URL segment of each role's form. */
export const roleSlugs = { MENTEE: "mentee", MENTOR: "mentor" } as const satisfies Record<ApplicantRole, string>;
