import { describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined }),
  headers: async () => new Headers({ "x-tandem-client-address": "198.51.100.7" }),
}));

import { db } from "@/lib/db";
import { idleState } from "@/lib/actions/action-state";
import { updateCohortAction } from "@/lib/cohorts/cohort-actions";
import { updateProgrammeAction } from "@/lib/programmes/programme-actions";
import { actAs } from "@/tests/setup/acting";
import { useLocale } from "@/tests/setup/integration";
import { createWorld } from "@/tests/factories/world";
import { form, recruitingCohort, submit } from "@/tests/integration/apply/apply-fixtures";

function formOf(values: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) for (const one of Array.isArray(value) ? value : [value]) data.append(name, one);
  return data;
}

const programmeForm = (texts: { nameEn: string; descriptionEn: string }) =>
  formOf({
    name: "Mentorskap för jurister",
    description: "Ett program för nyanlända jurister.",
    ...texts,
    fieldKeys: ["law", "economics"],
    defaultCohortMonths: "7",
    jointSessionCount: "3",
    meetingIntervalDays: "30",
    retentionMonths: "120",
  });

const cohortForm = (nameEn: string) =>
  formOf({
    name: "Hösten 2031",
    nameEn,
    startDate: "2031-09-01",
    endDate: "",
    applicationOpensAt: "",
    applicationClosesAt: "",
    defaultMentorCapacity: "1",
  });

describe("a programme's and a cohort's texts in English", () => {
  it("are saved from the programme and cohort forms, and an empty one is no text", async () => {
    const world = await createWorld(db);
    actAs(world.coordinatorA);
    const programmeId = world.programmeA.id;

    const saved = await updateProgrammeAction(
      programmeId,
      idleState,
      programmeForm({ nameEn: " Mentoring for lawyers ", descriptionEn: "A programme for newly arrived lawyers." }),
    );
    expect(saved).toMatchObject({ ok: true });
    expect(await db.programme.findUniqueOrThrow({ where: { id: programmeId } })).toMatchObject({
      name: "Mentorskap för jurister",
      nameEn: "Mentoring for lawyers",
      descriptionEn: "A programme for newly arrived lawyers.",
    });

    await updateProgrammeAction(programmeId, idleState, programmeForm({ nameEn: "", descriptionEn: "  " }));
    expect(await db.programme.findUniqueOrThrow({ where: { id: programmeId } })).toMatchObject({ nameEn: null, descriptionEn: null });

    expect(await updateCohortAction(world.a.cohort.id, idleState, cohortForm("Autumn 2031"))).toMatchObject({ ok: true });
    expect(await db.cohort.findUniqueOrThrow({ where: { id: world.a.cohort.id } })).toMatchObject({
      name: "Hösten 2031",
      nameEn: "Autumn 2031",
    });
  });

  it("refuse an English name longer than the Swedish one may be, next to its field", async () => {
    const world = await createWorld(db);
    actAs(world.coordinatorA);
    const answer = await updateProgrammeAction(
      world.programmeA.id,
      idleState,
      programmeForm({ nameEn: "x".repeat(201), descriptionEn: "" }),
    );
    expect(answer).toMatchObject({ ok: false, fieldErrors: { nameEn: [expect.any(String)] } });
  });

  it("name the programme and cohort in English in an English applicant's receipt, and in Swedish for a Swedish one", async () => {
    const { programme, cohort } = await recruitingCohort({ nameEn: "Autumn cohort" });
    await db.programme.update({ where: { id: programme.id }, data: { nameEn: "Mentoring for lawyers" } });

    useLocale("en");
    await submit(cohort.publicKey, "MENTEE", form({ email: "english@example.test" }));
    useLocale("sv");
    await submit(cohort.publicKey, "MENTEE", form({ email: "svensk@example.test" }));

    const english = await db.outboxEmail.findFirstOrThrow({ where: { toEmail: "english@example.test" } });
    expect(english.bodyText).toContain("to Autumn cohort in Mentoring for lawyers");
    expect(english.bodyText).not.toContain("Omgång hösten");
    const swedish = await db.outboxEmail.findFirstOrThrow({ where: { toEmail: "svensk@example.test" } });
    expect(swedish.bodyText).toContain("Omgång hösten");
    expect(swedish.bodyText).toContain("Mentorskap för jurister");
  });

  it("fall back to the Swedish names in English emails when no English ones are written", async () => {
    const { cohort } = await recruitingCohort();
    useLocale("en");
    await submit(cohort.publicKey, "MENTEE", form({ email: "english@example.test" }));
    const email = await db.outboxEmail.findFirstOrThrow({ where: { toEmail: "english@example.test" } });
    expect(email.bodyText).toContain("to Omgång hösten in Mentorskap för jurister");
  });
});
