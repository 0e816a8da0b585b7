"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { toFieldErrors } from "@/lib/actions/action-state";
import { findManagedCohort } from "@/lib/auth/access";
import { getViewer } from "@/lib/auth/session";
import {
  decideApplication,
  findDecidableApplication,
  findDecidableApplicationsOfCohort,
  type DecisionOutcome,
} from "@/lib/applications/application-decisions";
import { bulkDecisionSchema, decisionSchema, type Decision, type DecisionState } from "@/lib/applications/application-schemas";

type Translate = Awaited<ReturnType<typeof getTranslations>>;

function text(formData: FormData, name: string): string | undefined {
  const value = formData.get(name);
  return typeof value === "string" ? value : undefined;
}

/** The non-secret values of a decision form, echoed so nothing typed is lost. */
function decisionValues(formData: FormData): Record<string, string> {
  return {
    decision: text(formData, "decision") ?? "",
    reason: text(formData, "reason") ?? "",
    emailReason: text(formData, "emailReason") ?? "",
  };
}

function decisionFields(formData: FormData) {
  return { decision: text(formData, "decision"), reason: text(formData, "reason"), emailReason: text(formData, "emailReason") };
}

function doneMessage(t: Translate, outcome: Extract<DecisionOutcome, { ok: true }>, name: string): string {
  const key = {
    setPassword: "acceptedPasswordLink",
    applicationAccepted: "acceptedSignIn",
    applicationWaitlisted: "waitlistedEmailed",
    applicationDeclined: "declinedEmailed",
  } as const;
  const fallback: Record<Decision, string> = { accept: "acceptedPasswordLink", waitlist: "waitlisted", decline: "declined" };
  return t(`applications.done.${outcome.email ? key[outcome.email] : fallback[outcome.decision]}`, { name });
}

function refusalMessage(t: Translate, outcome: Extract<DecisionOutcome, { ok: false }>, name: string): string {
  return t(`applications.refusals.${outcome.refusal}`, { name });
}

function revalidateApplications(cohortId: string, applicationIds: string[]) {
  revalidatePath(`/coordinator/cohorts/${cohortId}/applications`);
  for (const id of applicationIds) revalidatePath(`/coordinator/applications/${id}`);
  revalidatePath("/coordinator");
}

/** Accept, waitlist or decline one application, from its page. */
export async function decideApplicationAction(applicationId: string, _previous: DecisionState, formData: FormData): Promise<DecisionState> {
  const t = await getTranslations();
  const viewer = await getViewer();
  if (!viewer) return { ok: false, message: t("applications.errors.notSignedIn") };

  const values = decisionValues(formData);
  const parsed = decisionSchema.safeParse({ applicationId, ...decisionFields(formData) });
  if (!parsed.success) {
    // A malformed id is not a mistake in the form: it answers like any id the viewer may not see.
    if (parsed.error.issues.some((issue) => issue.path[0] === "applicationId")) {
      return { ok: false, message: t("applications.errors.notFound") };
    }
    return { ok: false, fieldErrors: toFieldErrors(parsed.error, (key) => t(key)), values };
  }

  const application = await findDecidableApplication(viewer, parsed.data.applicationId);
  if (!application) return { ok: false, message: t("applications.errors.notFound") };

  const outcome = await decideApplication(viewer.id, application, parsed.data);
  if (!outcome.ok) return { ok: false, message: refusalMessage(t, outcome, application.name), values };

  revalidateApplications(application.cohort.id, [application.id]);
  return { ok: true, message: doneMessage(t, outcome, application.name) };
}

/**
 * The same decision for the applications chosen in a cohort's table. Each is decided on its own:
 * those that cannot be (already accepted, already in the cohort …) are listed, the rest go ahead.
 */
export async function decideApplicationsAction(cohortId: string, _previous: DecisionState, formData: FormData): Promise<DecisionState> {
  const t = await getTranslations();
  const viewer = await getViewer();
  if (!viewer) return { ok: false, message: t("applications.errors.notSignedIn") };

  const values = decisionValues(formData);
  const parsed = bulkDecisionSchema.safeParse({
    cohortId,
    applicationIds: formData.getAll("applicationIds").map(String),
    ...decisionFields(formData),
  });
  if (!parsed.success) {
    if (parsed.error.issues.some((issue) => issue.path[0] === "cohortId")) return { ok: false, message: t("applications.errors.notFound") };
    return { ok: false, fieldErrors: toFieldErrors(parsed.error, (key) => t(key)), values };
  }

  const cohort = await findManagedCohort(viewer, parsed.data.cohortId);
  if (!cohort) return { ok: false, message: t("applications.errors.notFound") };

  const applications = await findDecidableApplicationsOfCohort(cohort.id, parsed.data.applicationIds);
  let done = 0;
  const problems: string[] = [];
  for (const application of applications) {
    const outcome = await decideApplication(viewer.id, application, parsed.data);
    if (outcome.ok) done += 1;
    else problems.push(`${application.name}: ${refusalMessage(t, outcome, application.name)}`);
  }
  const missing = parsed.data.applicationIds.length - applications.length;
  if (missing > 0) problems.push(t("applications.bulk.missing", { count: missing }));

  if (done > 0)
    revalidateApplications(
      cohort.id,
      applications.map((application) => application.id),
    );
  const message = t(`applications.bulk.done.${parsed.data.decision}`, { count: done });
  return done > 0 ? { ok: true, message, problems } : { ok: false, message: t("applications.bulk.nothingDone"), problems, values };
}
