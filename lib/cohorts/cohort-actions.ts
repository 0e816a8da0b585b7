"use server";

import { randomBytes } from "node:crypto";
import { defineAction } from "@/lib/actions/define-action";
import { Refusal } from "@/lib/actions/refusal";
import { findManagedCohort, findManagedProgramme } from "@/lib/auth/access";
import { cohortFieldsFromForm, cohortFormEcho, cohortSchema, cohortStatusSchema, type CohortInput } from "@/lib/cohorts/cohort-schemas";
import { closeCohort, closingCounts } from "@/lib/cohorts/cohort-closing";
import { refuseClosedCohort } from "@/lib/cohorts/cohort-lock";
import { canMoveTo } from "@/lib/cohorts/cohort-status";
import { planJointSessions, type SessionTitleKind } from "@/lib/cohorts/joint-session-plan";
import {
  addCalendarMonths,
  endOfStockholmDay,
  formatCalendarDate,
  parseCalendarDate,
  stockholmInstant,
} from "@/lib/cohorts/stockholm-time";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { paths } from "@/lib/paths";

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
    nameEn: input.nameEn,
    startDate,
    endDate,
    applicationOpensAt: input.applicationOpensAt ? stockholmInstant(input.applicationOpensAt, "00:00") : null,
    applicationClosesAt: input.applicationClosesAt ? endOfStockholmDay(input.applicationClosesAt) : null,
    defaultMentorCapacity: input.defaultMentorCapacity,
    menteeWishesEnabled: input.menteeWishesEnabled,
  };
}

/** A window closing after the defaulted end date is only found once the default is known. */
function refuseClosingAfterEnd(columns: ReturnType<typeof cohortColumns>): void {
  const end = endOfStockholmDay(formatCalendarDate(columns.endDate));
  if ((columns.applicationClosesAt?.getTime() ?? 0) > end.getTime() || (columns.applicationOpensAt?.getTime() ?? 0) > end.getTime()) {
    throw new Refusal("cohorts.errors.closesAfterEnd", undefined, "applicationClosesAt");
  }
}

export const createCohortAction = defineAction({
  bound: ["programmeId"],
  authorize: (viewer, { programmeId }) => findManagedProgramme(viewer, programmeId),
  fields: cohortSchema,
  read: cohortFieldsFromForm,
  echo: cohortFormEcho,
  transaction: true,
  run: async ({ tx, t, input, resource, audit, revalidate, redirectTo }) => {
    const programme = await tx.programme.findUniqueOrThrow({
      where: { id: resource.id },
      select: { id: true, defaultCohortMonths: true, jointSessionCount: true },
    });
    const columns = cohortColumns(input, programme.defaultCohortMonths);
    refuseClosingAfterEnd(columns);

    // Default session titles in the language the coordinator is using now.
    const titleOf = (title: SessionTitleKind) =>
      title.kind === "numbered"
        ? t("cohorts.sessions.defaultTitle.numbered", { number: title.number })
        : t(`cohorts.sessions.defaultTitle.${title.kind}`);
    const sessions = planJointSessions(columns.startDate, columns.endDate, programme.jointSessionCount);
    const cohort = await tx.cohort.create({
      data: { ...columns, programmeId: programme.id, status: "PLANNING", publicKey: newPublicKey() },
      select: { id: true },
    });
    if (sessions.length) {
      await tx.jointSession.createMany({
        data: sessions.map((session) => ({
          cohortId: cohort.id,
          ordinal: session.ordinal,
          title: titleOf(session.title),
          startsAt: session.startsAt,
          endsAt: session.endsAt,
        })),
      });
    }
    await audit({ action: "cohort.create", entityType: "Cohort", entityId: cohort.id, programmeId: programme.id });
    revalidate(paths.coordinator());
    redirectTo(paths.cohort(cohort.id));
  },
});

export const updateCohortAction = defineAction({
  bound: ["cohortId"],
  authorize: (viewer, { cohortId }) => findManagedCohort(viewer, cohortId),
  fields: cohortSchema,
  read: cohortFieldsFromForm,
  echo: cohortFormEcho,
  transaction: true,
  run: async ({ tx, t, input, resource: cohort, audit, revalidate }) => {
    refuseClosedCohort(cohort.status);
    const programme = await tx.programme.findUniqueOrThrow({ where: { id: cohort.programmeId }, select: { defaultCohortMonths: true } });
    const columns = cohortColumns(input, programme.defaultCohortMonths);
    refuseClosingAfterEnd(columns);
    await tx.cohort.update({ where: { id: cohort.id }, data: columns });
    await audit({ action: "cohort.update", entityType: "Cohort", entityId: cohort.id, programmeId: cohort.programmeId });
    revalidate(paths.coordinator(), "layout");
    return { ok: true, message: t("cohorts.settings.saved") };
  },
});

/**
 * Moves the cohort one step forward or back. It holds the cohort as the matching board does and
 * names the status the coordinator saw, so when two people press buttons at once only the first
 * step is taken, and no proposal is added while the cohort starts.
 */
export const changeCohortStatusAction = defineAction({
  bound: ["cohortId"],
  authorize: (viewer, { cohortId }) => findManagedCohort(viewer, cohortId),
  fields: cohortStatusSchema,
  transaction: true,
  run: async ({ tx, t, input, resource: cohort, audit, revalidate }) => {
    const target = input.status;
    if (!canMoveTo(cohort.status, target)) throw new Refusal("cohorts.status.errors.notAllowed");
    // Closing ends the pairs and asks first: it has its own button (closeCohortAction).
    if (target === "CLOSED") throw new Refusal("cohorts.status.errors.closeAsks");
    const [row] = await tx.$queryRaw<{ status: string }[]>`SELECT status::text FROM "Cohort" WHERE id = ${cohort.id}::uuid FOR UPDATE`;
    if (row?.status !== cohort.status) throw new Refusal("cohorts.status.errors.changedMeanwhile");
    // A running cohort's board shows published pairs only: a proposal left behind would hold its
    // mentee and a mentor's place out of sight.
    if (target === "ACTIVE") {
      const proposals = await tx.pair.count({ where: { cohortId: cohort.id, status: "PROPOSED" } });
      if (proposals > 0) throw new Refusal("cohorts.status.errors.proposalsOpen", { count: proposals });
    }
    await tx.cohort.update({ where: { id: cohort.id }, data: { status: target } });
    await audit({
      action: "cohort.status",
      entityType: "Cohort",
      entityId: cohort.id,
      programmeId: cohort.programmeId,
      details: { from: cohort.status, to: target },
    });
    revalidate(paths.coordinator(), "layout");
    return { ok: true, message: t("cohorts.status.moved", { status: t(`cohortStatus.${target}`) }) };
  },
});

/**
 * Closes a running cohort (decision 0013: asks first, saying what will happen): its running pairs
 * end as having run their course, its active participants have completed it, and its pages are
 * read-only from then on. Nothing is deleted. Holds the cohort's row, so a change that holds it
 * too (cohort-lock.ts) finishes first or is refused after.
 */
export const closeCohortAction = defineAction({
  bound: ["cohortId"],
  authorize: (viewer, { cohortId }) => findManagedCohort(viewer, cohortId),
  confirm: async ({ t, resource: cohort }) => {
    if (cohort.status !== "ACTIVE") return null;
    const counts = await closingCounts(db, cohort.id);
    return {
      question: t("cohorts.closing.question", { cohort: cohort.name, pairs: counts.pairs, participants: counts.participants }),
      proceed: t("cohorts.closing.proceed"),
    };
  },
  transaction: true,
  run: async ({ tx, t, resource: cohort, audit, revalidate }) => {
    const [row] = await tx.$queryRaw<{ status: string }[]>`SELECT status::text FROM "Cohort" WHERE id = ${cohort.id}::uuid FOR UPDATE`;
    refuseClosedCohort(row?.status ?? "CLOSED");
    if (row?.status !== "ACTIVE") throw new Refusal("cohorts.closing.errors.notRunning");
    const changed = await closeCohort(tx, cohort.id, now());
    await audit({
      action: "cohort.close",
      entityType: "Cohort",
      entityId: cohort.id,
      programmeId: cohort.programmeId,
      details: { pairsEnded: changed.pairs, participantsCompleted: changed.participants },
    });
    revalidate(paths.coordinator(), "layout");
    return { ok: true, message: t("cohorts.closing.done", changed) };
  },
});
