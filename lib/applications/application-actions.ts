"use server";

import { defineAction, type Translate } from "@/lib/actions/define-action";
import { Refusal } from "@/lib/actions/refusal";
import { findManagedCohort } from "@/lib/auth/access";
import type { Confirmation } from "@/lib/actions/action-state";
import {
  decideApplication,
  findDecidableApplication,
  findDecidableApplicationsOfCohort,
  previewDecision,
  type DecidableApplication,
  type DecisionOutcome,
} from "@/lib/applications/application-decisions";
import {
  bulkDecisionSchema,
  decisionEcho,
  decisionFieldsFromForm,
  decisionSchema,
  type Decision,
  type DecisionInput,
  type DecisionState,
} from "@/lib/applications/application-schemas";
import { paths } from "@/lib/paths";

// Accepting, waitlisting and declining applications. Each finds the application or cohort in the
// database and asks whether the viewer runs its programme; each application is decided in its own
// transaction (lib/applications/application-decisions.ts), so in a bulk decision one refusal never
// undoes the others.

/** The people a decision emailed (or would email), named with their addresses: the first ten, then how many more. */
function recipients(t: Translate, people: Array<{ name: string; email: string | null }>): string {
  const named = people.flatMap((person) => (person.email ? [`${person.name} (${person.email})`] : []));
  if (named.length === 0) return t("applications.recipients.nobody");
  const shown = named.slice(0, 10).join(", ");
  return named.length > 10 ? `${shown} ${t("applications.recipients.more", { count: named.length - 10 })}` : shown;
}

/** What one decision did, and who was emailed. */
function doneMessage(t: Translate, outcome: Extract<DecisionOutcome, { ok: true }>, name: string, withReason: boolean): string {
  const key = {
    setPassword: "acceptedPasswordLink",
    applicationAccepted: "acceptedSignIn",
    applicationWaitlisted: "waitlistedEmailed",
    applicationDeclined: withReason ? "declinedEmailed" : "declinedEmailedNoReason",
  } as const;
  const fallback: Record<Decision, string> = { accept: "acceptedPasswordLink", waitlist: "waitlisted", decline: "declined" };
  return t(`applications.done.${outcome.email ? key[outcome.email] : fallback[outcome.decision]}`, { name, email: outcome.to ?? "" });
}

/**
 * Accepting (accounts made, emails sent) and declining cannot be undone: the coordinator is first
 * told what will happen and who is emailed. Waitlisting can be changed later, so it is not asked.
 */
async function decisionQuestion(t: Translate, applications: DecidableApplication[], request: DecisionInput): Promise<Confirmation | null> {
  if (request.decision === "waitlist") return null;
  const preview = await previewDecision(applications, request);
  if (preview.length === 0) return null;
  const withReason = request.emailReason && request.reason ? "yes" : "no";
  const values = {
    count: preview.length,
    name: preview[0]!.name,
    email: preview[0]!.email ?? "",
    accounts: preview.filter((person) => person.newAccount).length,
    recipients: recipients(t, preview),
    withReason,
  };
  const one = applications.length === 1 && preview.length === 1;
  if (request.decision === "accept") {
    const question = one ? (preview[0]!.newAccount ? "acceptNewAccount" : "acceptExistingAccount") : "acceptMany";
    return {
      question: t(`applications.confirm.${question}`, values),
      proceed: t(`applications.confirm.${one ? "acceptProceed" : "acceptManyProceed"}`, values),
    };
  }
  const question = one ? (preview[0]!.email ? "decline" : "declineNoEmail") : "declineMany";
  return {
    question: t(`applications.confirm.${question}`, values),
    proceed: t(`applications.confirm.${one ? "declineProceed" : "declineManyProceed"}`, values),
  };
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
  confirm: ({ t, input, resource: application }) => decisionQuestion(t, [application], input),
  run: async ({ viewer, t, input, resource: application, revalidate }) => {
    const outcome = await decideApplication(viewer.id, application, input);
    if (!outcome.ok) throw new Refusal(`applications.refusals.${outcome.refusal}`, { name: application.name });
    revalidateApplications(revalidate, application.cohort.id, [application.id]);
    return { ok: true, message: doneMessage(t, outcome, application.name, Boolean(input.emailReason && input.reason)) };
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
  confirm: async ({ viewer, t, input, resource: cohort }) =>
    decisionQuestion(t, await findDecidableApplicationsOfCohort(viewer, cohort.id, input.applicationIds), input),
  run: async ({ viewer, t, input, values, resource: cohort, revalidate }) => {
    const applications = await findDecidableApplicationsOfCohort(viewer, cohort.id, input.applicationIds);
    let done = 0;
    const emailed: Array<{ name: string; email: string | null }> = [];
    const problems: string[] = [];
    for (const application of applications) {
      const outcome = await decideApplication(viewer.id, application, input);
      if (outcome.ok) done += 1;
      if (outcome.ok && outcome.to) emailed.push({ name: application.name, email: outcome.to });
      if (!outcome.ok) problems.push(`${application.name}: ${refusalMessage(t, outcome, application.name)}`);
    }
    const missing = input.applicationIds.length - applications.length;
    if (missing > 0) problems.push(t("applications.bulk.missing", { count: missing }));

    if (done === 0) return decisionFailure({ message: t("applications.bulk.nothingDone"), problems, values });
    revalidateApplications(
      revalidate,
      cohort.id,
      applications.map((application) => application.id),
    );
    const withReason = input.emailReason && input.reason ? "yes" : "no";
    const message = t(`applications.bulk.done.${input.decision}`, { count: done, recipients: recipients(t, emailed), withReason });
    return { ok: true, message, problems };
  },
});
