import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getApplicationExport } from "@/lib/applications/application-export-queries";
import { applicationFiltersSchema } from "@/lib/applications/application-schemas";
import { getViewer } from "@/lib/auth/session";
import { getPairExport } from "@/lib/pairs/pair-export-queries";
import { getParticipantExport } from "@/lib/participants/participant-export-queries";
import { participantFiltersSchema } from "@/lib/participants/participant-admin-schemas";
import { actAs } from "@/tests/setup/acting";
import { createApplication } from "@/tests/factories/applications";
import { createWorld } from "@/tests/factories/world";

async function viewerOf(person: { id: string }) {
  actAs(person);
  return (await getViewer())!;
}

const csv = { locale: "sv", format: "csv" } as const;

describe("exporting a cohort's lists", () => {
  it("writes the applications the filters let through, from all pages, and logs the export", async () => {
    const world = await createWorld(db);
    const cohortId = world.a.cohort.id;
    await createApplication(db, {
      cohortId,
      role: "MENTEE",
      name: "=Amal Haddad",
      fieldKey: "law",
      city: "Uppsala",
      profile: { phone: "070-123 45 67", languages: [{ code: "ar", level: "fluent" }] },
    });
    await createApplication(db, { cohortId, role: "MENTOR", name: "Erik Nilsson", fieldKey: "law", status: "ACCEPTED" });
    await createApplication(db, { cohortId, role: "MENTEE", name: "Sara Ali", fieldKey: "economics" });
    const viewer = await viewerOf(world.coordinatorA);

    const filters = applicationFiltersSchema.parse({ role: "MENTEE", field: "law" });
    const file = await getApplicationExport(viewer, cohortId, filters, csv);
    expect(file!.table.headers).toEqual([
      "namn",
      "e-post",
      "telefon",
      "roll",
      "status",
      "utbildningsbakgrund",
      "ort",
      "språk",
      "inskickad",
      "beslutad",
    ]);
    expect(file!.table.rows).toEqual([
      [
        "=Amal Haddad",
        expect.stringContaining("@"),
        "070-123 45 67",
        "adept",
        "Inskickad",
        "Jurist",
        "Uppsala",
        "ar:fluent",
        expect.any(String),
        null,
      ],
    ]);
    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "application.export" } });
    expect(audit).toMatchObject({ actorId: world.coordinatorA.id, entityId: cohortId, programmeId: world.programmeA.id });
    expect(audit.details).toMatchObject({ format: "csv", rows: 1, filters: { role: "MENTEE", field: "law" } });

    const all = await getApplicationExport(viewer, cohortId, applicationFiltersSchema.parse({}), { locale: "en", format: "xlsx" });
    expect(all!.table.rows).toHaveLength(3);
    expect(all!.table.headers[0]).toBe("name");
  });

  it("writes the participants the filters and search let through, without the data of an erased person", async () => {
    const world = await createWorld(db);
    const cohortId = world.a.cohort.id;
    const erased = world.a.pairs[1]!.menteeUser;
    await db.user.update({ where: { id: erased.id }, data: { erasedAt: new Date(), email: null } });
    const viewer = await viewerOf(world.coordinatorA);

    const mentees = await getParticipantExport(viewer, cohortId, participantFiltersSchema.parse({ role: "MENTEE" }), csv);
    const names = mentees!.table.rows.map((row) => row[0]);
    expect(names).toEqual(expect.arrayContaining([world.a.pairs[0]!.menteeUser.name, "Borttagen person", "Proposed Mentee"]));
    expect(names).not.toContain(erased.name);
    expect(mentees!.table.rows.every((row) => row[3] === "adept")).toBe(true);

    const searched = await getParticipantExport(viewer, cohortId, participantFiltersSchema.parse({ q: "mentor a1" }), csv);
    expect(searched!.table.rows.map((row) => row[0])).toEqual([world.a.pairs[0]!.mentorUser.name]);
    expect(await db.auditEntry.count({ where: { action: "participant.export", entityId: cohortId } })).toBe(2);
  });

  it("writes the pairs of one status or field, with both people and the score", async () => {
    const world = await createWorld(db);
    const viewer = await viewerOf(world.coordinatorA);
    const running = await getPairExport(viewer, world.a.cohort.id, { status: "ACTIVE" }, { locale: "en", format: "csv" });
    expect(running!.table.headers).toEqual([
      "mentee",
      "mentee_email",
      "mentor",
      "mentor_email",
      "field",
      "status",
      "score",
      "source",
      "published",
      "ended",
    ]);
    expect(running!.table.rows.map((row) => [row[0], row[2], row[5]])).toEqual([
      [world.a.pairs[0]!.menteeUser.name, world.a.pairs[0]!.mentorUser.name, "Published"],
      [world.a.pairs[1]!.menteeUser.name, world.a.pairs[1]!.mentorUser.name, "Published"],
    ]);
    const all = await getPairExport(viewer, world.a.cohort.id, {}, csv);
    expect(all!.table.rows).toHaveLength(3);
    expect(await getPairExport(viewer, world.a.cohort.id, { field: "law" }, csv)).toMatchObject({ table: { rows: [] } });
  });

  it("finds nothing for another programme's coordinator, and logs nothing", async () => {
    const world = await createWorld(db);
    const other = await viewerOf(world.coordinatorB);
    expect(await getApplicationExport(other, world.a.cohort.id, applicationFiltersSchema.parse({}), csv)).toBeNull();
    expect(await getParticipantExport(other, world.a.cohort.id, participantFiltersSchema.parse({}), csv)).toBeNull();
    expect(await getPairExport(other, world.a.cohort.id, {}, csv)).toBeNull();
    expect(await getPairExport(other, "not-an-id", {}, csv)).toBeNull();
    expect(await db.auditEntry.count()).toBe(0);
  });
});
