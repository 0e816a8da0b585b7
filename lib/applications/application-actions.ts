"use server";

import { defineAction, type Translate } from "@/lib/actions/define-action";
import { Refusal } from "@/lib/actions/refusal";
import { findManagedCohort } from "@/lib/auth/access";
import {
  decideApplication,
  findDecidableApplication,
  findDecidableApplicationsOfCohort,
  type DecisionOutcome,
} from "@/lib/applications/application-decisions";
import {
  bulkDecisionSchema,
  decisionEcho,
  decisionFieldsFromForm,
  decisionSchema,
  type Decision,
  type DecisionState,
} from "@/lib/applications/application-schemas";
import { paths } from "@/lib/paths";

// Accepting, waitlisting and declining applications. Each finds the application or cohort in the
// database and asks whether the viewer runs its programme; each application is decided in its own
// transaction (lib/applications/application-decisions.ts), so in a bulk decision one refusal never
// undoes the others.

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

/** The table, each decided application's page and the programme overview's counts. */
function revalidateApplications(revalidate: (path: string) => void, cohortId: string, applicationIds: string[]) {
  revalidate(paths.cohortApplications(cohortId));
  for (const id of applicationIds) revalidate(paths.application(id));
  revalidate(paths.coordinator());
}

/** The decision forms answer with the usual state, plus the list a bulk decision could not do. */
const decisionFailure = (failure: Omit<Extract<DecisionState, { ok: false }>, "ok">): DecisionState => ({ ok: false, ...failure });

/** Accept, waitlist or decline one application, from its page. */
export const decideApplicationAction = defineAction({
  bound: ["applicationId"],
  authorize: (viewer, { applicationId }) => findDecidableApplication(viewer, applicationId),
  fields: decisionSchema,
  read: decisionFieldsFromForm,
  echo: decisionEcho,
  failure: decisionFailure,
  run: async ({ viewer, t, input, resource: application, revalidate }) => {
    const outcome = await decideApplication(viewer.id, application, input);
    if (!outcome.ok) throw new Refusal(`applications.refusals.${outcome.refusal}`, { name: application.name });
    revalidateApplications(revalidate, application.cohort.id, [application.id]);
    return { ok: true, message: doneMessage(t, outcome, application.name) };
  },
});

/**
 * The same decision for the applications chosen in a cohort's table. Each is decided on its own:
 * those that cannot be (already accepted, already in the cohort …) are listed, the rest go ahead.
 */
export const decideApplicationsAction = defineAction({
  bound: ["cohortId"],
  authorize: (viewer, { cohortId }) => findManagedCohort(viewer, cohortId),
  fields: bulkDecisionSchema,
  read: decisionFieldsFromForm,
  echo: decisionEcho,
  failure: decisionFailure,
  run: async ({ viewer, t, input, values, resource: cohort, revalidate }) => {
    const applications = await findDecidableApplicationsOfCohort(viewer, cohort.id, input.applicationIds);
    let done = 0;
    const problems: string[] = [];
    for (const application of applications) {
      const outcome = await decideApplication(viewer.id, application, input);
      if (outcome.ok) done += 1;
      else problems.push(`${application.name}: ${refusalMessage(t, outcome, application.name)}`);
    }
    const missing = input.applicationIds.length - applications.length;
    if (missing > 0) problems.push(t("applications.bulk.missing", { count: missing }));

    if (done === 0) return decisionFailure({ message: t("applications.bulk.nothingDone"), problems, values });
    revalidateApplications(
      revalidate,
      cohort.id,
      applications.map((application) => application.id),
    );
    return { ok: true, message: t(`applications.bulk.done.${input.decision}`, { count: done }), problems };
  },
});
