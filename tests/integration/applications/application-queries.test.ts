import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getViewer } from "@/lib/auth/session";
import { getApplicationForReview, listCohortApplications } from "@/lib/applications/application-queries";
import { applicationFiltersSchema } from "@/lib/applications/application-schemas";
import { actAs } from "@/tests/setup/acting";
import { createCohort } from "@/tests/factories/cohorts";
import { createWorld } from "@/tests/factories/world";
import { applyTo, submittedProfile } from "./application-fixtures";

async function viewerFor(user: { id: string }) {
  actAs(user);
  const viewer = await getViewer();
  if (!viewer) throw new Error("expected a viewer");
  return viewer;
}

const filters = (params: Record<string, string> = {}) => applicationFiltersSchema.parse(params);

const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n, 12));

/** 60 applications with a known spread, submitted one a day, plus a few in programme B's cohort. */
async function cohortWithApplications() {
  const world = await createWorld(db);
  const cohort = await createCohort(db, { programmeId: world.programmeA.id, status: "RECRUITING" });
  const other = await createCohort(db, { programmeId: world.programmeB.id, status: "RECRUITING" });
  const fields = ["law", "economics", "hr"] as const;
  const statuses = ["SUBMITTED", "SUBMITTED", "WAITLISTED", "DECLINED", "ACCEPTED"] as const;
  const cities = ["Stockholm", "Göteborg", "Malmö", null] as const;
  for (let n = 0; n < 60; n += 1) {
    await applyTo(cohort.id, {
      name: `Person ${String(n).padStart(2, "0")}`,
      email: `person${n}@example.test`,
      role: n % 3 === 0 ? "MENTOR" : "MENTEE",
      fieldKey: fields[n % 3],
      status: statuses[n % 5],
      city: cities[n % 4],
      languageCodes: n % 2 === 0 ? ["sv", "ar"] : ["en", "fa"],
      createdAt: day(n),
    });
  }
  await applyTo(cohort.id, { name: "Åsa Öberg", email: "Special.Case@Example.test", fieldKey: "law", createdAt: day(100) });
  for (let n = 0; n < 3; n += 1) await applyTo(other.id, { name: `Person B${n}`, email: `b${n}@example.test` });
  return { world, cohort, other };
}

describe("the applications table", () => {
  it("pages 50 at a time, newest first, and counts all of them", async () => {
    const { world, cohort } = await cohortWithApplications();
    const viewer = await viewerFor(world.coordinatorA);

    const first = await listCohortApplications(viewer, cohort.id, filters());
    expect(first).not.toBeNull();
    expect(first!.total).toBe(61);
    expect(first!.pageCount).toBe(2);
    expect(first!.rows).toHaveLength(50);
    expect(first!.rows[0]!.name).toBe("Åsa Öberg");
    expect(first!.rows[1]!.name).toBe("Person 59");

    const second = await listCohortApplications(viewer, cohort.id, filters({ page: "2" }));
    expect(second!.rows).toHaveLength(11);
    expect(second!.rows.at(-1)!.name).toBe("Person 00");
    const ids = new Set([...first!.rows, ...second!.rows].map((row) => row.id));
    expect(ids.size).toBe(61);

    const beyond = await listCohortApplications(viewer, cohort.id, filters({ page: "9" }));
    expect(beyond).toMatchObject({ page: 2, pageCount: 2 });
    expect(beyond!.rows).toHaveLength(11);

    expect(first!.fields.map((field) => field.key)).toContain("law");
    expect(first!.cities).toEqual(["Göteborg", "Malmö", "Stockholm"]);
    expect(first!.cohort.publicLink).toMatch(new RegExp(`/apply/${cohort.publicKey}$`));
  });

  it("filters by role, field, status, city and language, alone and together", async () => {
    const { world, cohort } = await cohortWithApplications();
    const viewer = await viewerFor(world.coordinatorA);
    const total = async (params: Record<string, string>) => (await listCohortApplications(viewer, cohort.id, filters(params)))!.total;

    expect(await total({ role: "MENTOR" })).toBe(20);
    expect(await total({ role: "MENTEE" })).toBe(41);
    expect(await total({ field: "hr" })).toBe(20);
    expect(await total({ field: "law" })).toBe(21);
    expect(await total({ status: "WAITLISTED" })).toBe(12);
    expect(await total({ status: "SUBMITTED" })).toBe(25);
    expect(await total({ city: "Malmö" })).toBe(15);
    expect(await total({ language: "fa" })).toBe(30);
    expect(await total({ language: "ar" })).toBe(31);
    // Mentors are n % 3 = 0 and always "law"; "sv" speakers are the even n: n % 6 = 0.
    expect(await total({ role: "MENTOR", field: "law", language: "sv" })).toBe(10);
    expect(await total({ status: "ACCEPTED", city: "Stockholm" })).toBe(3);

    const rows = (await listCohortApplications(viewer, cohort.id, filters({ status: "DECLINED", role: "MENTEE" })))!.rows;
    expect(rows.every((row) => row.status === "DECLINED" && row.role === "MENTEE")).toBe(true);
  });

  it("searches names and email addresses without regard to case", async () => {
    const { world, cohort } = await cohortWithApplications();
    const viewer = await viewerFor(world.coordinatorA);
    const names = async (q: string) => (await listCohortApplications(viewer, cohort.id, filters({ q })))!.rows.map((row) => row.name);

    expect(await names("åsa")).toEqual(["Åsa Öberg"]);
    expect(await names("SPECIAL.case")).toEqual(["Åsa Öberg"]);
    expect(await names("person 1")).toHaveLength(10);
    expect(await names("person7@")).toEqual(["Person 07"]);
    expect(await names("Person B")).toEqual([]);
  });

  it("sorts by name, submission, field and status, both ways", async () => {
    const { world, cohort } = await cohortWithApplications();
    const viewer = await viewerFor(world.coordinatorA);
    const list = async (params: Record<string, string>) => (await listCohortApplications(viewer, cohort.id, filters(params)))!;

    // Only the "Person" names: where "Åsa" sorts depends on the database's collation.
    const byName = (await list({ sort: "name", q: "person" })).rows.map((row) => row.name);
    expect(byName.slice(0, 3)).toEqual(["Person 00", "Person 01", "Person 02"]);
    const byNameDesc = (await list({ sort: "name", dir: "desc", q: "person" })).rows.map((row) => row.name);
    expect(byNameDesc[0]).toBe("Person 59");

    const oldest = (await list({ sort: "submitted", dir: "asc" })).rows.map((row) => row.name);
    expect(oldest.slice(0, 2)).toEqual(["Person 00", "Person 01"]);

    const byField = (await list({ sort: "field" })).rows;
    const fieldOrder = new Map((await list({})).fields.map((field, index) => [field.id, index]));
    const positions = byField.map((row) => fieldOrder.get(row.professionalFieldId)!);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));

    const byStatus = (await list({ sort: "status", dir: "desc" })).rows.map((row) => row.status);
    expect(byStatus[0]).toBe("DECLINED");
    expect(byStatus.at(-1)).not.toBe("DECLINED");
  });

  it("drops unknown filter values instead of failing", () => {
    expect(filters({ role: "ADMIN", status: "LOST", sort: "email", dir: "up", page: "-3", language: "xx", q: "  " })).toEqual({
      role: undefined,
      field: undefined,
      status: undefined,
      city: undefined,
      language: undefined,
      q: undefined,
      sort: "submitted",
      dir: undefined,
      page: 1,
    });
    expect(applicationFiltersSchema.parse({ role: ["MENTOR", "MENTEE"], page: "2" })).toMatchObject({ role: "MENTOR", page: 2 });
  });

  it("shows nothing to a coordinator of another programme, a participant, or for a malformed id", async () => {
    const { world, cohort } = await cohortWithApplications();
    expect(await listCohortApplications(await viewerFor(world.coordinatorB), cohort.id, filters())).toBeNull();
    expect(await listCohortApplications(await viewerFor(world.a.pairs[0]!.mentorUser), cohort.id, filters())).toBeNull();
    expect(await listCohortApplications(await viewerFor(world.coordinatorA), "nope", filters())).toBeNull();
    expect(await listCohortApplications(await viewerFor(world.adminA), cohort.id, filters())).not.toBeNull();
  });
});

describe("reading one application", () => {
  it("gives its coordinator the whole profile and writes the read to the audit log", async () => {
    const world = await createWorld(db);
    const cohort = await createCohort(db, { programmeId: world.programmeA.id, status: "RECRUITING" });
    const application = await applyTo(cohort.id, {
      name: "Lina Haddad",
      email: "lina@example.test",
      profile: submittedProfile({ educationCountry: "IR", goals: "Work as an economist" }),
    });

    const review = await getApplicationForReview(await viewerFor(world.coordinatorA), application.id);
    expect(review).toMatchObject({
      name: "Lina Haddad",
      email: "lina@example.test",
      status: "SUBMITTED",
      field: { key: "law" },
      profile: { name: "Lina Haddad", fieldKey: "law", educationCountry: "IR", goals: "Work as an economist", city: "Uppsala" },
      cohort: { id: cohort.id },
    });
    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "application.read" } });
    expect(audit).toMatchObject({
      actorId: world.coordinatorA.id,
      entityType: "Application",
      entityId: application.id,
      programmeId: world.programmeA.id,
    });
  });

  it("is not found for a coordinator of another programme, a participant or a malformed id, and nothing is logged as read", async () => {
    const world = await createWorld(db);
    const cohort = await createCohort(db, { programmeId: world.programmeA.id, status: "RECRUITING" });
    const application = await applyTo(cohort.id);
    expect(await getApplicationForReview(await viewerFor(world.coordinatorB), application.id)).toBeNull();
    expect(await getApplicationForReview(await viewerFor(world.a.pairs[0]!.menteeUser), application.id)).toBeNull();
    expect(await getApplicationForReview(await viewerFor(world.coordinatorA), "1234")).toBeNull();
    expect(await db.auditEntry.count({ where: { action: "application.read" } })).toBe(0);
  });
});
