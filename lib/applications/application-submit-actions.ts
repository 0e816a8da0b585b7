"use server";

import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { Refusal } from "@/lib/actions/refusal";
import { applicationProfileColumns } from "@/lib/applications/application-profile";
import { sendChangeLink, sendReceipt } from "@/lib/applications/application-submit-emails";
import { countApplication, isApplyLimited } from "@/lib/applications/application-submit-limits";
import { getApplyCohort, publicKeySchema, type ApplyCohort } from "@/lib/applications/application-submit-queries";
import { changeTokenSchema } from "@/lib/applications/application-submit-schemas";
import { dropKeptChange, keptColumns, saveSubmission, takeKeptChange, updateApplication } from "@/lib/applications/application-submit-save";
import { acceptsApplications } from "@/lib/cohorts/cohort-status";
import { textIn } from "@/lib/i18n/bilingual";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { formValuesFromForm, profileFieldsFromForm } from "@/lib/profiles/profile-form";
import type { ProfileRole } from "@/lib/profiles/profile-fields";
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

/** The cohort's professional field the applicant chose; only the programme's active fields count. */
function chosenField(cohort: ApplyCohort, fieldKey: string) {
  const field = cohort.fields.find((candidate) => candidate.key === fieldKey);
  if (!field) throw new Refusal("profile.errors.fieldUnknown", undefined, "fieldKey");
  return field;
}

/**
 * Applies to a cohort through its public link, as a mentor or a mentee; no account needed, and a
 * signed-in applicant's own account is linked to the application. Applying again with the same
 * email changes the application only for its address's owner: someone signed in with that email
 * changes it at once; anyone else's change is kept aside and the address is emailed a link to
 * confirm it (application-submit-save.ts). Whether the email already has an account or an
 * application, the answer is the same: the thank-you page. Each client address may send a limited
 * number of applications an hour, and each email address gets a limited number of emails a day;
 * a form sent back with errors does not count.
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
    const ownerId = viewer && viewer.email === email ? viewer.id : null;
    const answers = applicationProfileColumns(profile, field.id);
    const saved = await saveSubmission(
      tx,
      { cohortId: cohort.id, email },
      role,
      { ...answers, city: answers.city ?? null, locale, consentAt: now },
      ownerId,
    );
    const { application } = saved;

    if (saved.outcome === "keptAside") {
      // To the stored application's owner, in their language: the sender may be anyone.
      const owner = { to: email, locale: saved.application.locale, name: saved.application.name, role, cohort };
      if (!(await sendChangeLink(tx, owner, saved.changeId))) await dropKeptChange(tx, saved.changeId);
    } else {
      const applicant = { to: email, locale, name: profile.name, role: application.role, cohort };
      await sendReceipt(tx, applicant, application.id, { role: application.role, email, answers });
    }
    await audit({
      action: saved.outcome === "keptAside" ? "application.change_request" : "application.submit",
      entityType: "Application",
      entityId: application.id,
      subjectUserId: ownerId,
      programmeId: cohort.programme.id,
      details: { cohortId: cohort.id, role, outcome: saved.outcome, status: application.status },
    });
    // Coordinators' lists show it on their next visit; everyone gets the same thank-you page.
    revalidate(paths.coordinator(), "layout");
    redirectTo(paths.applyThanks(cohort.publicKey));
  },
});

/**
 * Confirms a change kept aside, from the page the emailed link opens: the link's token is the
 * only authority, and it works once. The application takes the kept answers as a change from its
 * owner would (a decision stays). Refused while the cohort takes no applications.
 */
export const confirmApplicationChangeAction = defineAction({
  who: "anyone",
  bound: ["token"],
  params: z.object({ token: changeTokenSchema }),
  authorize: (_viewer, { token }) => ({ token }),
  transaction: true,
  run: async ({ tx, t, resource, audit, revalidate }) => {
    const change = await takeKeptChange(tx, resource.token);
    if (!change) throw new Refusal("apply.confirm.invalidLink");
    const { cohort } = change.application;
    if (!acceptsApplications(cohort, new Date())) throw new Refusal("apply.confirm.closed");
    const application = await updateApplication(tx, change.application, change.role, keptColumns(change));
    await audit({
      action: "application.change_confirm",
      entityType: "Application",
      entityId: application.id,
      subjectUserId: application.userId,
      programmeId: cohort.programme.id,
      details: { cohortId: cohort.id, role: change.role, status: application.status },
    });
    revalidate(paths.coordinator(), "layout");
    const locale = await getLocale();
    return {
      ok: true,
      message: t("apply.confirm.done", {
        cohort: textIn(locale, cohort.name, cohort.nameEn),
        programme: textIn(locale, cohort.programme.name, cohort.programme.nameEn),
      }),
    };
  },
});
