"use server";

import { createHash } from "node:crypto";
import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { Refusal } from "@/lib/actions/refusal";
import { applicationProfileColumns } from "@/lib/applications/application-profile";
import type { ProfileRole } from "@/lib/profiles/profile-fields";
import { countApplication, isApplyLimited } from "@/lib/applications/application-submit-limits";
import { getApplyCohort, publicKeySchema, type ApplyCohort } from "@/lib/applications/application-submit-queries";
import { acceptsApplications } from "@/lib/cohorts/cohort-status";
import { enqueueEmail } from "@/lib/email/outbox";
import type { Prisma } from "@/lib/generated/prisma/client";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { formValuesFromForm, profileFieldsFromForm } from "@/lib/profiles/profile-form";
import { applicationSchema } from "@/lib/profiles/profile-schemas";
import { paths } from "@/lib/paths";
import { clientAddress } from "@/lib/request/client-address";

/**
 * The input for `applicationSchema`. Each role's form has its own fields; whatever else arrives
 * (a tampered form) is dropped rather than stored.
 */
function applicationInput(formData: FormData, role: ProfileRole): Record<string, unknown> {
  const email = formData.get("email");
  return {
    ...profileFieldsFromForm(formData, role),
    role,
    email: typeof email === "string" ? email : "",
    consent: formData.get("consent") === "yes",
  };
}

/**
 * One confirmation per application, content and day: a double click or a reload sends one email,
 * a changed application confirms the change, and applying again another day confirms again.
 */
function confirmationKey(applicationId: string, content: unknown, now: Date): string {
  const digest = createHash("sha256")
    .update(JSON.stringify({ content, day: now.toISOString().slice(0, 10) }))
    .digest("hex")
    .slice(0, 24);
  return `application-received:${applicationId}:${digest}`;
}

/** The cohort's professional field the applicant chose; only the programme's active fields count. */
function chosenField(cohort: ApplyCohort, fieldKey: string) {
  const field = cohort.fields.find((candidate) => candidate.key === fieldKey);
  if (!field) throw new Refusal("profile.errors.fieldUnknown", undefined, "fieldKey");
  return field;
}

/**
 * Saves the application of this email to this cohort: a new one, or the earlier one updated and
 * submitted again. An accepted applicant already has a participation in their role: only their
 * answers change.
 */
async function saveApplication(
  tx: Prisma.TransactionClient,
  cohortEmail: { cohortId: string; email: string },
  role: ProfileRole,
  columns: Omit<Prisma.ApplicationUncheckedCreateInput, "cohortId" | "email" | "role">,
) {
  const earlier = await tx.application.findUnique({ where: { cohortId_email: cohortEmail }, select: { status: true } });
  const decision = earlier?.status === "ACCEPTED" ? {} : { role, status: "SUBMITTED" as const, decidedAt: null, decisionReason: null };
  const application = await tx.application.upsert({
    where: { cohortId_email: cohortEmail },
    create: { ...cohortEmail, role, ...columns },
    update: { ...columns, ...decision },
    select: { id: true, role: true },
  });
  return { application, earlier };
}

/**
 * Applies to a cohort through its public link, as a mentor or a mentee; no account needed, and a
 * signed-in applicant's own account is linked to the application. Applying again with the same
 * email updates the application. Whether the email already has an account or an application, the
 * answer and the email are the same: the thank-you page. Each address may send a limited number
 * of applications an hour; a form sent back with errors does not count.
 */
export const submitApplicationAction = defineAction({
  who: "anyone",
  bound: ["publicKey", "role"],
  params: z.object({ publicKey: publicKeySchema, role: z.enum(["MENTOR", "MENTEE"]) }),
  authorize: (viewer, { publicKey }) => getApplyCohort(viewer, publicKey),
  fields: applicationSchema,
  read: (formData, { role }) => applicationInput(formData, role),
  echo: formValuesFromForm,
  transaction: true,
  run: async ({ viewer, tx, input, resource: cohort, audit, revalidate, redirectTo }) => {
    const address = clientAddress(await headers());
    if (await isApplyLimited(address)) throw new Refusal("validation.tooManyRequests");
    const now = new Date();
    if (!acceptsApplications(cohort, now)) throw new Refusal("apply.errors.closed");
    const field = chosenField(cohort, input.fieldKey);
    await countApplication(address);

    const { role, email, consent: _consent, ...profile } = input;
    const current = await getLocale();
    const locale = isLocale(current) ? current : defaultLocale;
    const ownAccount = viewer && viewer.email === email ? viewer.id : null;
    const answers = applicationProfileColumns(profile, field.id);
    const columns = {
      ...answers,
      locale,
      consentAt: now,
      ...(ownAccount ? { userId: ownAccount } : {}),
    };
    const { application, earlier } = await saveApplication(tx, { cohortId: cohort.id, email }, role, columns);
    await enqueueEmail(tx, {
      to: email,
      locale,
      template: "applicationReceived",
      params: { name: profile.name, programme: cohort.programme.name, cohort: cohort.name, role: application.role },
      programmeId: cohort.programme.id,
      dedupeKey: confirmationKey(application.id, { role: application.role, email, answers }, now),
    });
    await audit({
      action: "application.submit",
      entityType: "Application",
      entityId: application.id,
      subjectUserId: ownAccount,
      programmeId: cohort.programme.id,
      details: { cohortId: cohort.id, role: application.role, previousStatus: earlier?.status ?? null },
    });
    // Coordinators' lists show it on their next visit; everyone gets the same thank-you page.
    revalidate(paths.coordinator(), "layout");
    redirectTo(paths.applyThanks(cohort.publicKey));
  },
});
