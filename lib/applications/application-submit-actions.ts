"use server";

import { createHash } from "node:crypto";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { toFieldErrors, type ActionState } from "@/lib/actions/action-state";
import { applicationProfileColumns } from "@/lib/applications/application-profile";
import type { ApplicantRole } from "@/lib/applications/application-submit-form";
import { countApplication, isApplyLimited } from "@/lib/applications/application-submit-limits";
import { getApplyCohort, publicKeySchema } from "@/lib/applications/application-submit-queries";
import { recordAudit } from "@/lib/audit/audit";
import { getViewer } from "@/lib/auth/session";
import { clientAddress } from "@/lib/request/client-address";
import { acceptsApplications } from "@/lib/cohorts/cohort-status";
import { db } from "@/lib/db";
import { enqueueEmail } from "@/lib/email/outbox";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { formValuesFromForm, profileFieldsFromForm } from "@/lib/profiles/profile-form";
import { applicationSchema } from "@/lib/profiles/profile-schemas";

const boundSchema = z.object({ publicKey: publicKeySchema, role: z.enum(["MENTOR", "MENTEE"]) });

/**
 * The input for `applicationSchema`. Each role's form has its own fields; whatever else arrives
 * (a tampered form) is dropped rather than stored.
 */
function applicationInput(formData: FormData, role: ApplicantRole): Record<string, unknown> {
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

/**
 * Applies to a cohort through its public link, as a mentor or a mentee; no account needed.
 * Applying again with the same email updates the application. Whether the email already has an
 * account or an application, the answer and the email are the same.
 */
export async function submitApplicationAction(
  publicKey: string,
  role: ApplicantRole,
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  // 1. Who: anyone. A signed-in applicant's own account is linked to the application.
  const viewer = await getViewer();
  const t = await getTranslations();
  const values = formValuesFromForm(formData);

  // 2. What: the bound link and role, then (once the cohort is known) every field.
  const bound = boundSchema.safeParse({ publicKey, role });
  if (!bound.success) return { ok: false, message: t("apply.errors.notFound"), values };
  const address = clientAddress(await headers());
  if (await isApplyLimited(address)) return { ok: false, message: t("validation.tooManyRequests"), values };

  // 3. May they? The cohort must exist and take applications now.
  const cohort = await getApplyCohort(bound.data.publicKey);
  if (!cohort) return { ok: false, message: t("apply.errors.notFound"), values };
  const now = new Date();
  if (!acceptsApplications(cohort, now)) return { ok: false, message: t("apply.errors.closed"), values };

  const parsed = applicationSchema.safeParse(applicationInput(formData, bound.data.role));
  const fieldErrors = parsed.success ? {} : toFieldErrors(parsed.error, (key) => t(key));
  const fieldKey = parsed.success ? parsed.data.fieldKey : String(formData.get("fieldKey") ?? "").trim();
  const field = cohort.fields.find((candidate) => candidate.key === fieldKey);
  if (!field && fieldKey && !fieldErrors.fieldKey) fieldErrors.fieldKey = [t("profile.errors.fieldUnknown")];
  if (!parsed.success || !field) return { ok: false, fieldErrors, values };

  // 4. Save: the application (new or updated), its confirmation and the audit entry together.
  await countApplication(address);
  const { role: applicantRole, email, consent: _consent, ...profile } = parsed.data;
  const current = await getLocale();
  const locale = isLocale(current) ? current : defaultLocale;
  const ownAccount = viewer && viewer.email === email ? viewer.id : null;
  const columns = {
    ...applicationProfileColumns(profile, field.id),
    locale,
    consentAt: now,
    ...(ownAccount ? { userId: ownAccount } : {}),
  };
  await db.$transaction(async (tx) => {
    const cohortEmail = { cohortId: cohort.id, email };
    const earlier = await tx.application.findUnique({ where: { cohortId_email: cohortEmail }, select: { status: true } });
    // An accepted applicant already has a participation in their role: only their answers change.
    const decision =
      earlier?.status === "ACCEPTED" ? {} : { role: applicantRole, status: "SUBMITTED" as const, decidedAt: null, decisionReason: null };
    const application = await tx.application.upsert({
      where: { cohortId_email: cohortEmail },
      create: { ...cohortEmail, role: applicantRole, ...columns },
      update: { ...columns, ...decision },
      select: { id: true, role: true },
    });
    await enqueueEmail(tx, {
      to: email,
      locale,
      template: "applicationReceived",
      params: { name: profile.name, programme: cohort.programme.name, cohort: cohort.name, role: application.role },
      programmeId: cohort.programme.id,
      dedupeKey: confirmationKey(
        application.id,
        { role: application.role, email, answers: applicationProfileColumns(profile, field.id) },
        now,
      ),
    });
    await recordAudit(
      {
        actorId: viewer?.id ?? null,
        action: "application.submit",
        entityType: "Application",
        entityId: application.id,
        subjectUserId: ownAccount,
        programmeId: cohort.programme.id,
        details: { cohortId: cohort.id, role: application.role, previousStatus: earlier?.status ?? null },
        ip: address,
      },
      tx,
    );
  });

  // 5. Coordinators' lists show it on their next visit; 6. the same thank-you page for everyone.
  revalidatePath("/coordinator", "layout");
  redirect(`/apply/${cohort.publicKey}/thanks`);
}
