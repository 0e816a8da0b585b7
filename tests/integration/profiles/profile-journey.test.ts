import { describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined }),
  headers: async () => new Headers({ "x-tandem-client-address": "198.51.100.7" }),
}));

import { db } from "@/lib/db";
import { idleState } from "@/lib/actions/action-state";
import { decideApplicationAction } from "@/lib/applications/application-actions";
import { submitApplicationAction } from "@/lib/applications/application-submit-actions";
import { readCohortForMatching } from "@/lib/matching-board/matching-input";
import { inviteParticipantAction } from "@/lib/participants/participant-admin-actions";
import { updateOwnProfileAction } from "@/lib/participants/profile-actions";
import { actAs } from "@/tests/setup/acting";
import { createCohort } from "@/tests/factories/cohorts";
import { createWorld } from "@/tests/factories/world";

const hour = 3_600_000;

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const one of [value].flat()) data.append(name, one);
  return data;
}

const application = {
  name: "Amal Haddad",
  email: "amal@example.test",
  city: "Uppsala",
  fieldKey: "law",
  "language.ar": "fluent",
  "language.sv": "good",
  industries: ["public_sector", "legal_services"],
  goalTags: ["network"],
  meetingPreference: "IN_PERSON",
  consent: "yes",
};

async function submit(publicKey: string, fields: Record<string, string | string[]>) {
  // The public form answers with a redirect to its thank-you page.
  await expect(submitApplicationAction(publicKey, "MENTEE", idleState, form(fields))).rejects.toMatchObject({
    digest: expect.stringContaining("NEXT_REDIRECT"),
  });
}

describe("a profile field on its way from the form to the matching engine", () => {
  it("goes from the application, through acceptance and the person's own edit, to the engine's input", async () => {
    const world = await createWorld(db);
    const cohort = await createCohort(db, {
      programmeId: world.programmeA.id,
      status: "RECRUITING",
      applicationOpensAt: new Date(Date.now() - hour),
      applicationClosesAt: new Date(Date.now() + hour),
    });
    actAs(null);
    await submit(cohort.publicKey, application);
    const stored = await db.application.findFirstOrThrow({ where: { cohortId: cohort.id } });
    expect(stored.profile).toMatchObject({ industries: ["public_sector", "legal_services"], goalTags: ["network"] });

    actAs(world.coordinatorA);
    expect((await decideApplicationAction(stored.id, { ok: false }, form({ decision: "accept", confirmed: "yes" }))).ok).toBe(true);
    const participation = await db.participation.findFirstOrThrow({ where: { cohortId: cohort.id }, include: { user: true } });
    expect(participation).toMatchObject({
      industries: ["public_sector", "legal_services"],
      city: "Uppsala",
      meetingPreference: "IN_PERSON",
    });

    const first = await readCohortForMatching(db, cohort.id);
    expect(first.mentees).toEqual([
      expect.objectContaining({
        id: participation.id,
        personId: participation.userId,
        fieldKey: "law",
        industries: ["public_sector", "legal_services"],
        goalTags: ["network"],
        languages: [
          { code: "sv", level: "good" },
          { code: "ar", level: "fluent" },
        ],
      }),
    ]);

    actAs(participation.user);
    const edit = { ...application, industries: ["it"], goalTags: ["interview_practice"] };
    expect((await updateOwnProfileAction(participation.id, idleState, form(edit))).ok).toBe(true);
    const [mentee] = (await readCohortForMatching(db, cohort.id)).mentees;
    expect(mentee).toMatchObject({ industries: ["it"], goalTags: ["interview_practice"] });
    expect(mentee).not.toHaveProperty("expertiseTags");
  });

  it("gives an invited mentor the cohort's usual capacity and their own fields only", async () => {
    const world = await createWorld(db);
    const cohort = await createCohort(db, { programmeId: world.programmeA.id, status: "RECRUITING", defaultMentorCapacity: 2 });
    actAs(world.coordinatorA);
    const invitation = form({ role: "MENTOR", name: "Erik Nilsson", email: "erik@example.test", fieldKey: "law", locale: "sv" });
    expect((await inviteParticipantAction(cohort.id, idleState, invitation)).ok).toBe(true);

    const { mentors } = await readCohortForMatching(db, cohort.id);
    expect(mentors).toEqual([expect.objectContaining({ fieldKey: "law", capacity: 2, expertiseTags: [], industries: [], languages: [] })]);
    expect(mentors[0]).not.toHaveProperty("goalTags");
    expect(mentors[0]).not.toHaveProperty("mentorCapacity");
  });
});
