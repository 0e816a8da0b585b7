import "server-only";
import { db } from "@/lib/db";
import { appUrl } from "@/lib/app-url";
import { recordAudit } from "@/lib/audit/audit";
import { canManageProgramme, type Viewer } from "@/lib/auth/policy";
import { sendPasswordLink } from "@/lib/accounts/password-links";
import { enqueueEmail } from "@/lib/email/outbox";
import { Prisma } from "@/lib/generated/prisma/client";
import { isId } from "@/lib/ids";
import { readApplicationProfile } from "@/lib/applications/application-profile";
import { decisionStatus, transitionRefusal, type Decision, type TransitionRefusal } from "@/lib/applications/application-schemas";
import { participationColumns } from "@/lib/profiles/profile-columns";
import { paths } from "@/lib/paths";
import { textIn } from "@/lib/i18n/bilingual";

// Deciding one application: accept (the person gets an account if new, a participation in the
// cohort, and an email), waitlist or decline. Each application is decided in its own transaction,
// so in a bulk decision one refusal never undoes the others. Applications are found for a viewer
// who runs their cohort's programme (the find* functions below).

export const decidableApplicationSelect = {
  id: true,
  name: true,
  email: true,
  locale: true,
  role: true,
  status: true,
  profile: true,
  consentAt: true,
  userId: true,
  professionalFieldId: true,
  professionalField: { select: { key: true } },
  cohort: {
    select: {
      id: true,
      name: true,
      nameEn: true,
      status: true,
      programmeId: true,
      programme: { select: { id: true, name: true, nameEn: true } },
    },
  },
} as const satisfies Prisma.ApplicationSelect;

export type DecidableApplication = Prisma.ApplicationGetPayload<{ select: typeof decidableApplicationSelect }>;

export type DecisionRequest = { decision: Decision; reason: string | null; emailReason: boolean };

export type DecisionRefusal = TransitionRefusal | "changedMeanwhile" | "alreadyParticipant" | "noEmail" | "cohortClosed";

/** Which email the applicant was sent, if any. */
export type DecisionEmail = "setPassword" | "applicationAccepted" | "applicationWaitlisted" | "applicationDeclined" | null;

/** What a decision did: which email went out, and to which address. */
export type DecisionOutcome =
  { ok: true; decision: Decision; email: DecisionEmail; to: string | null } | { ok: false; refusal: DecisionRefusal };

/** Thrown inside a transaction to roll it back with a reason the coordinator can read. */
class Refused extends Error {
  constructor(readonly refusal: DecisionRefusal) {
    super(refusal);
  }
}

type Tx = Prisma.TransactionClient;

export async function decideApplication(
  actorId: string,
  application: DecidableApplication,
  request: DecisionRequest,
): Promise<DecisionOutcome> {
  if (application.cohort.status === "CLOSED") return { ok: false, refusal: "cohortClosed" };
  const refusal = transitionRefusal(application.status, request.decision);
  if (refusal) return { ok: false, refusal };
  if (request.decision === "accept" && !application.email) return { ok: false, refusal: "noEmail" };

  try {
    return await db.$transaction(async (tx) => {
      // Claim the application in the status it was read in: if another coordinator decided it in
      // the meantime, nothing here happens twice.
      const status = decisionStatus[request.decision];
      const claimed = await tx.application.updateMany({
        where: { id: application.id, status: application.status },
        data: { status, decidedAt: new Date(), decisionReason: request.decision === "accept" ? null : request.reason },
      });
      if (claimed.count !== 1) throw new Refused("changedMeanwhile");

      const result =
        request.decision === "accept"
          ? await accept(tx, application)
          : request.decision === "waitlist"
            ? await waitlist(tx, application)
            : await decline(tx, application, request);

      await recordAudit(
        {
          actorId,
          action: `application.${request.decision}`,
          entityType: "Application",
          entityId: application.id,
          subjectUserId: result.userId ?? application.userId,
          programmeId: application.cohort.programmeId,
          details: { from: application.status, to: status, email: result.email, newAccount: result.newAccount },
        },
        tx,
      );
      return { ok: true as const, decision: request.decision, email: result.email, to: result.email ? application.email : null };
    });
  } catch (error) {
    if (error instanceof Refused) return { ok: false, refusal: error.refusal };
    // The same person added to the cohort or given an account by someone else at the same moment:
    // the unique keys stop the second write. Trying again gives the precise answer.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { ok: false, refusal: "changedMeanwhile" };
    throw error;
  }
}

type StepResult = { userId?: string; newAccount: boolean; email: DecisionEmail };

const emailParams = (application: DecidableApplication) => ({
  name: application.name,
  programme: textIn(application.locale, application.cohort.programme.name, application.cohort.programme.nameEn),
  cohort: textIn(application.locale, application.cohort.name, application.cohort.nameEn),
});

async function accept(tx: Tx, application: DecidableApplication): Promise<StepResult> {
  const email = application.email as string;
  const existing = await tx.user.findUnique({ where: { email }, select: { id: true, name: true, locale: true } });
  const user =
    existing ??
    (await tx.user.create({
      data: { email, name: application.name, locale: application.locale },
      select: { id: true, name: true, locale: true },
    }));

  const already = await tx.participation.findUnique({
    where: { cohortId_userId: { cohortId: application.cohort.id, userId: user.id } },
    select: { id: true },
  });
  if (already) throw new Refused("alreadyParticipant");

  const profile = readApplicationProfile(application.profile, { name: application.name, fieldKey: application.professionalField.key });
  const participation = await tx.participation.create({
    data: {
      ...participationColumns(profile, application.professionalFieldId),
      cohortId: application.cohort.id,
      userId: user.id,
      role: application.role,
      // Active once the person has chosen a password or signed in (see confirmInvitations).
      status: "INVITED",
      consentAt: application.consentAt,
    },
    select: { id: true },
  });
  await tx.application.update({ where: { id: application.id }, data: { participationId: participation.id, userId: user.id } });

  // A new account chooses its password through a one-time link. Anyone who had an account already,
  // perhaps from another programme, is told to sign in; without a password, its owner asks for a
  // link ("forgot your password?"). Accepting an application never sends an existing account a link.
  if (!existing) {
    await sendPasswordLink(tx, { id: user.id, name: user.name, email, locale: user.locale }, application.cohort.programme);
    return { userId: user.id, newAccount: true, email: "setPassword" };
  }
  await enqueueEmail(tx, {
    to: email,
    locale: application.locale,
    template: "applicationAccepted",
    params: { ...emailParams(application), link: appUrl(paths.login()) },
    userId: user.id,
    programmeId: application.cohort.programmeId,
  });
  return { userId: user.id, newAccount: false, email: "applicationAccepted" };
}

async function waitlist(tx: Tx, application: DecidableApplication): Promise<StepResult> {
  if (!application.email) return { newAccount: false, email: null };
  await enqueueEmail(tx, {
    to: application.email,
    locale: application.locale,
    template: "applicationWaitlisted",
    params: emailParams(application),
    userId: application.userId,
    programmeId: application.cohort.programmeId,
  });
  return { newAccount: false, email: "applicationWaitlisted" };
}

/** The applicant is always told; the reason goes with it only when the coordinator chose to send it. */
async function decline(tx: Tx, application: DecidableApplication, request: DecisionRequest): Promise<StepResult> {
  if (!application.email) return { newAccount: false, email: null };
  const reason = request.emailReason && request.reason ? request.reason : "";
  await enqueueEmail(tx, {
    to: application.email,
    locale: application.locale,
    template: "applicationDeclined",
    params: { ...emailParams(application), reason, hasReason: reason ? "yes" : "no" },
    userId: application.userId,
    programmeId: application.cohort.programmeId,
  });
  return { newAccount: false, email: "applicationDeclined" };
}

/** Who a decision would reach, before it is made: the applications it can be made for, each with whether an account would be made. */
export type DecisionPreview = Array<{ name: string; email: string | null; newAccount: boolean }>;

/** What deciding these applications would do, as the database is now; nothing is changed. */
export async function previewDecision(applications: DecidableApplication[], request: DecisionRequest): Promise<DecisionPreview> {
  const decidable = applications.filter(
    (application) =>
      application.cohort.status !== "CLOSED" &&
      !transitionRefusal(application.status, request.decision) &&
      !(request.decision === "accept" && !application.email),
  );
  const emails = decidable.flatMap((application) => (application.email ? [application.email] : []));
  const accounts =
    request.decision === "accept" ? await db.user.findMany({ where: { email: { in: emails } }, select: { email: true } }) : [];
  const existing = new Set(accounts.map((account) => account.email));
  return decidable.map((application) => ({
    name: application.name,
    email: application.email,
    newAccount: request.decision === "accept" && !existing.has(application.email),
  }));
}

/** An application the viewer may decide: its cohort belongs to a programme they run. */
export async function findDecidableApplication(viewer: Viewer, applicationId: unknown): Promise<DecidableApplication | null> {
  if (!isId(applicationId)) return null;
  const application = await db.application.findFirst({
    where: { id: applicationId, cohort: { archivedAt: null, programme: { archivedAt: null } } },
    select: decidableApplicationSelect,
  });
  return application && canManageProgramme(viewer, application.cohort.programmeId) ? application : null;
}

/**
 * The chosen applications that belong to this cohort, by name, when the viewer runs its programme.
 * Ids of any other cohort are left out, whoever put them in the form.
 */
export async function findDecidableApplicationsOfCohort(
  viewer: Viewer,
  cohortId: string,
  applicationIds: string[],
): Promise<DecidableApplication[]> {
  return db.application.findMany({
    where: {
      cohortId,
      id: { in: applicationIds },
      cohort: { programmeId: { in: viewer.programmeIds }, archivedAt: null, programme: { archivedAt: null } },
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: decidableApplicationSelect,
  });
}
