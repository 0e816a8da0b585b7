"use server";

import { randomBytes } from "node:crypto";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { toFieldErrors, type ActionState } from "@/lib/action-state";
import { recordAudit } from "@/lib/audit/audit";
import { findManagedCohort, findManagedProgramme } from "@/lib/auth/access";
import { getViewer } from "@/lib/auth/session";
import { cohortFieldsFromForm, cohortFormEcho, cohortSchema, cohortStatusSchema, type CohortInput } from "@/lib/cohorts/cohort-schemas";
import { canMoveTo } from "@/lib/cohorts/cohort-status";
import { planJointSessions, type SessionTitleKind } from "@/lib/cohorts/joint-session-plan";
import {
  addCalendarMonths,
  endOfStockholmDay,
  formatCalendarDate,
  parseCalendarDate,
  stockholmInstant,
} from "@/lib/cohorts/stockholm-time";
import { db } from "@/lib/db";
import { idSchema } from "@/lib/ids";

// Creating a cohort, changing its settings and moving it through its statuses. Each action finds
// the programme or cohort in the database and asks whether the viewer runs that programme.

/** The key in /apply/<key>: 144 random bits, URL-safe, so nobody finds a cohort by guessing. */
function newPublicKey(): string {
  return randomBytes(18).toString("base64url");
}

/** The columns a cohort form sets, with the end date defaulting to the programme's usual length. */
function cohortColumns(input: CohortInput, defaultMonths: number) {
  const startDate = parseCalendarDate(input.startDate)!;
  const endDate = parseCalendarDate(input.endDate) ?? addCalendarMonths(startDate, defaultMonths);
  return {
    name: input.name,
    startDate,
    endDate,
    applicationOpensAt: input.applicationOpensAt ? stockholmInstant(input.applicationOpensAt, "00:00") : null,
    applicationClosesAt: input.applicationClosesAt ? endOfStockholmDay(input.applicationClosesAt) : null,
    defaultMentorCapacity: input.defaultMentorCapacity,
    menteeWishesEnabled: input.menteeWishesEnabled,
  };
}

/** A window closing after the defaulted end date is only found once the default is known. */
function closesAfterEnd(columns: ReturnType<typeof cohortColumns>): boolean {
  const end = endOfStockholmDay(formatCalendarDate(columns.endDate));
  return (columns.applicationClosesAt?.getTime() ?? 0) > end.getTime() || (columns.applicationOpensAt?.getTime() ?? 0) > end.getTime();
}

export async function createCohortAction(programmeId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const t = await getTranslations();
  if (!viewer) return { ok: false, message: t("cohorts.errors.signedOut") };
  const values = cohortFormEcho(formData);
  const id = idSchema.safeParse(programmeId);
  if (!id.success) return { ok: false, message: t("cohorts.errors.programmeNotFound"), values };
  const parsed = cohortSchema.safeParse(cohortFieldsFromForm(formData));
  if (!parsed.success) return { ok: false, fieldErrors: toFieldErrors(parsed.error, (key) => t(key)), values };
  const managed = await findManagedProgramme(viewer, id.data);
  if (!managed) return { ok: false, message: t("cohorts.errors.programmeNotFound"), values };

  const programme = await db.programme.findUniqueOrThrow({
    where: { id: managed.id },
    select: { id: true, defaultCohortMonths: true, jointSessionCount: true },
  });
  const columns = cohortColumns(parsed.data, programme.defaultCohortMonths);
  if (closesAfterEnd(columns)) return { ok: false, fieldErrors: { applicationClosesAt: [t("cohorts.errors.closesAfterEnd")] }, values };

  // Default session titles in the language the coordinator is using now.
  const titleOf = (title: SessionTitleKind) =>
    title.kind === "numbered"
      ? t("cohorts.sessions.defaultTitle.numbered", { number: title.number })
      : t(`cohorts.sessions.defaultTitle.${title.kind}`);
  const sessions = planJointSessions(columns.startDate, columns.endDate, programme.jointSessionCount);

  const cohort = await db.$transaction(async (tx) => {
    const created = await tx.cohort.create({
      data: { ...columns, programmeId: programme.id, status: "PLANNING", publicKey: newPublicKey() },
      select: { id: true },
    });
    if (sessions.length) {
      await tx.jointSession.createMany({
        data: sessions.map((session) => ({
          cohortId: created.id,
          ordinal: session.ordinal,
          title: titleOf(session.title),
          startsAt: session.startsAt,
          endsAt: session.endsAt,
        })),
      });
    }
    await recordAudit(
      { actorId: viewer.id, action: "cohort.create", entityType: "Cohort", entityId: created.id, programmeId: programme.id },
      tx,
    );
    return created;
  });

  revalidatePath("/coordinator");
  redirect(`/coordinator/cohorts/${cohort.id}`);
}

export async function updateCohortAction(cohortId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const t = await getTranslations();
  if (!viewer) return { ok: false, message: t("cohorts.errors.signedOut") };
  const values = cohortFormEcho(formData);
  const id = idSchema.safeParse(cohortId);
  if (!id.success) return { ok: false, message: t("cohorts.errors.notFound"), values };
  const parsed = cohortSchema.safeParse(cohortFieldsFromForm(formData));
  if (!parsed.success) return { ok: false, fieldErrors: toFieldErrors(parsed.error, (key) => t(key)), values };
  const cohort = await findManagedCohort(viewer, id.data);
  if (!cohort) return { ok: false, message: t("cohorts.errors.notFound"), values };
  if (cohort.status === "CLOSED") return { ok: false, message: t("cohorts.errors.closed"), values };

  const programme = await db.programme.findUniqueOrThrow({ where: { id: cohort.programmeId }, select: { defaultCohortMonths: true } });
  const columns = cohortColumns(parsed.data, programme.defaultCohortMonths);
  if (closesAfterEnd(columns)) return { ok: false, fieldErrors: { applicationClosesAt: [t("cohorts.errors.closesAfterEnd")] }, values };

  await db.$transaction(async (tx) => {
    await tx.cohort.update({ where: { id: cohort.id }, data: columns });
    await recordAudit(
      { actorId: viewer.id, action: "cohort.update", entityType: "Cohort", entityId: cohort.id, programmeId: cohort.programmeId },
      tx,
    );
  });

  revalidatePath("/coordinator", "layout");
  return { ok: true, message: t("cohorts.settings.saved") };
}

/**
 * Moves the cohort one step forward or back. The update names the status the coordinator saw, so
 * when two people press buttons at once only the first step is taken.
 */
export async function changeCohortStatusAction(cohortId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const t = await getTranslations();
  if (!viewer) return { ok: false, message: t("cohorts.errors.signedOut") };
  const id = idSchema.safeParse(cohortId);
  if (!id.success) return { ok: false, message: t("cohorts.errors.notFound") };
  const parsed = cohortStatusSchema.safeParse({ status: formData.get("status") });
  if (!parsed.success) return { ok: false, message: t("cohorts.status.errors.notAllowed") };
  const cohort = await findManagedCohort(viewer, id.data);
  if (!cohort) return { ok: false, message: t("cohorts.errors.notFound") };
  const target = parsed.data.status;
  if (!canMoveTo(cohort.status, target)) return { ok: false, message: t("cohorts.status.errors.notAllowed") };

  // Holds the cohort as the matching board does, so no proposal is added while the cohort starts.
  const outcome = await db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ status: string }[]>`SELECT status::text FROM "Cohort" WHERE id = ${cohort.id}::uuid FOR UPDATE`;
    if (row?.status !== cohort.status) return { moved: false as const };
    // A running cohort's board shows published pairs only: a proposal left behind would hold its
    // mentee and a mentor's place out of sight.
    if (target === "ACTIVE") {
      const proposals = await tx.pair.count({ where: { cohortId: cohort.id, status: "PROPOSED" } });
      if (proposals > 0) return { moved: false as const, proposals };
    }
    await tx.cohort.update({ where: { id: cohort.id }, data: { status: target } });
    await recordAudit(
      {
        actorId: viewer.id,
        action: "cohort.status",
        entityType: "Cohort",
        entityId: cohort.id,
        programmeId: cohort.programmeId,
        details: { from: cohort.status, to: target },
      },
      tx,
    );
    return { moved: true as const };
  });
  if (!outcome.moved) {
    return outcome.proposals
      ? { ok: false, message: t("cohorts.status.errors.proposalsOpen", { count: outcome.proposals }) }
      : { ok: false, message: t("cohorts.status.errors.changedMeanwhile") };
  }

  revalidatePath("/coordinator", "layout");
  return { ok: true, message: t("cohorts.status.moved", { status: t(`cohortStatus.${target}`) }) };
}
