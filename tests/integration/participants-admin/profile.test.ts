import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getViewer } from "@/lib/auth/session";
import { updateParticipantProfileAction } from "@/lib/participants/participant-admin-actions";
import { getParticipantProfile } from "@/lib/participants/participant-admin-queries";
import { updateOwnProfileAction } from "@/lib/participants/profile-actions";
import { getOwnProfile } from "@/lib/participants/profile-queries";
import { actAs } from "@/tests/setup/acting";
import { useLocale } from "@/tests/setup/integration";
import { createCohort } from "@/tests/factories/cohorts";
import { createParticipation } from "@/tests/factories/participations";
import { createWorld } from "@/tests/factories/world";

const idle = { ok: false } as const;

/** A complete profile form, as the page submits it. */
function profileForm(fields: Record<string, string> = {}, languages: Record<string, string> = { sv: "good", ar: "fluent" }): FormData {
  const form = new FormData();
  const values = {
    name: "Yasmin Haddad",
    phone: "070-123 45 67",
    city: "Uppsala",
    region: "",
    fieldKey: "economics",
    meetingPreference: "REMOTE",
    ...fields,
  };
  for (const [name, value] of Object.entries(values)) form.set(name, value);
  for (const [code, level] of Object.entries(languages)) form.set(`language.${code}`, level);
  form.append("goalTags", "network");
  return form;
}

async function viewerFor(user: { id: string }) {
  actAs(user);
  return (await getViewer())!;
}

describe("a participant editing their own profile", () => {
  it("saves it, renames the account, and logs which fields changed but not their values", async () => {
    const world = await createWorld(db);
    const { mentee, menteeUser } = world.a.pairs[0]!;
    actAs(menteeUser);
    const state = await updateOwnProfileAction(mentee.id, idle, profileForm());
    expect(state.ok).toBe(true);

    const saved = await db.participation.findUniqueOrThrow({ where: { id: mentee.id } });
    expect(saved).toMatchObject({
      phone: "070-123 45 67",
      city: "Uppsala",
      region: null,
      meetingPreference: "REMOTE",
      goalTags: ["network"],
    });
    expect(saved.languages).toEqual([
      { code: "sv", level: "good" },
      { code: "ar", level: "fluent" },
    ]);
    expect((await db.user.findUniqueOrThrow({ where: { id: menteeUser.id } })).name).toBe("Yasmin Haddad");

    const [entry] = await db.auditEntry.findMany({ where: { action: "profile.update" } });
    expect(entry).toMatchObject({
      actorId: menteeUser.id,
      subjectUserId: menteeUser.id,
      entityId: mentee.id,
      programmeId: world.programmeA.id,
    });
    const fields = (entry!.details as { fields: string[] }).fields;
    expect(fields).toEqual(expect.arrayContaining(["name", "phone", "city", "region", "languages", "meetingPreference", "goalTags"]));
    expect(JSON.stringify(entry!.details)).not.toContain("070");
    expect(JSON.stringify(entry!.details)).not.toContain("Uppsala");
  });

  it("keeps the professional field once matching has started, and lets it change before", async () => {
    const world = await createWorld(db);
    const { mentee, menteeUser } = world.a.pairs[0]!;
    actAs(menteeUser);
    const fieldBefore = mentee.professionalFieldId;
    expect((await updateOwnProfileAction(mentee.id, idle, profileForm({ fieldKey: "law" }))).ok).toBe(true);
    expect((await db.participation.findUniqueOrThrow({ where: { id: mentee.id } })).professionalFieldId).toBe(fieldBefore);

    const recruiting = await createCohort(db, {
      programmeId: world.programmeA.id,
      status: "RECRUITING",
      startDate: new Date(Date.UTC(2031, 0, 1)),
    });
    const next = await createParticipation(db, { cohortId: recruiting.id, role: "MENTEE", userId: menteeUser.id, fieldKey: "economics" });
    expect((await updateOwnProfileAction(next.id, idle, profileForm({ fieldKey: "law" }))).ok).toBe(true);
    const changed = await db.participation.findUniqueOrThrow({ where: { id: next.id }, include: { professionalField: true } });
    expect(changed.professionalField.key).toBe("law");

    const own = await getOwnProfile(await viewerFor(menteeUser));
    expect(own?.profile.id).toBe(next.id);
    expect(own?.profile.fieldLocked).toBe(false);
    expect(own?.choices.map((choice) => choice.id)).toEqual([next.id, mentee.id]);
    expect((await getOwnProfile(await viewerFor(menteeUser), mentee.id))?.profile.fieldLocked).toBe(true);
  });

  it("keeps a past cohort's profile as it was: closed, over by its end date, or left by the person", async () => {
    const world = await createWorld(db);
    const { mentee, menteeUser } = world.a.pairs[0]!;
    useLocale("en");
    const refusedAndKept = async () => {
      expect(await updateOwnProfileAction(mentee.id, idle, profileForm({ city: "Kiruna" }))).toMatchObject({
        ok: false,
        message: "This cohort is over for you, so its profile can no longer be changed.",
      });
      expect((await db.participation.findUniqueOrThrow({ where: { id: mentee.id } })).city).toBe(mentee.city);
      expect((await getOwnProfile(await viewerFor(menteeUser), mentee.id))?.stage).toBe("past");
    };
    expect((await getOwnProfile(await viewerFor(menteeUser), mentee.id))?.stage).toBe("running");

    await db.cohort.update({ where: { id: world.a.cohort.id }, data: { status: "CLOSED" } });
    await refusedAndKept();
    // Still marked as running, but its last day is over.
    const day = 86_400_000;
    await db.cohort.update({
      where: { id: world.a.cohort.id },
      data: { status: "ACTIVE", startDate: new Date(Date.now() - 200 * day), endDate: new Date(Date.now() - 2 * day) },
    });
    await refusedAndKept();
    await db.cohort.update({ where: { id: world.a.cohort.id }, data: { endDate: new Date(Date.now() + 90 * day) } });
    await db.participation.update({ where: { id: mentee.id }, data: { status: "WITHDRAWN" } });
    await refusedAndKept();

    // Before the pairs are made, the profile is for matching.
    const recruiting = await createCohort(db, {
      programmeId: world.programmeA.id,
      status: "RECRUITING",
      startDate: new Date(Date.UTC(2031, 0, 1)),
    });
    const next = await createParticipation(db, { cohortId: recruiting.id, role: "MENTEE", userId: menteeUser.id });
    expect((await getOwnProfile(await viewerFor(menteeUser), next.id))?.stage).toBe("matching");
  });

  it("keeps what was typed and says what is wrong next to the field", async () => {
    const world = await createWorld(db);
    const { mentee, menteeUser } = world.a.pairs[0]!;
    useLocale("en");
    actAs(menteeUser);
    const before = await db.participation.findUniqueOrThrow({ where: { id: mentee.id } });
    const state = await updateOwnProfileAction(mentee.id, idle, profileForm({ phone: "call me maybe" }, {}));
    expect(state.ok).toBe(false);
    if (state.ok) return;
    expect(state.fieldErrors?.phone).toEqual(["Enter a phone number with digits, for example +46 70 123 45 67."]);
    expect(state.fieldErrors?.languages).toEqual(["Name at least one language."]);
    expect(state.values).toMatchObject({ phone: "call me maybe", city: "Uppsala", name: "Yasmin Haddad" });
    expect(await db.participation.findUniqueOrThrow({ where: { id: mentee.id } })).toEqual(before);
    expect(await db.auditEntry.count()).toBe(0);
  });

  it("leaves a mentor's goals and a mentee's capacity as they were", async () => {
    const world = await createWorld(db);
    const { mentor, mentorUser } = world.a.pairs[0]!;
    await db.participation.update({ where: { id: mentor.id }, data: { goals: "Old goal", goalTags: ["network"] } });
    actAs(mentorUser);
    const form = profileForm({ mentorCapacity: "2", fieldKey: "economics" });
    form.append("expertiseTags", "cv_review");
    expect((await updateOwnProfileAction(mentor.id, idle, form)).ok).toBe(true);
    const saved = await db.participation.findUniqueOrThrow({ where: { id: mentor.id } });
    expect(saved).toMatchObject({ goals: "Old goal", goalTags: ["network"], mentorCapacity: 2, expertiseTags: ["cv_review"] });
  });

  it("refuses someone else's profile and anyone not signed in", async () => {
    const world = await createWorld(db);
    const { mentee } = world.a.pairs[0]!;
    useLocale("en");
    const before = await db.participation.findUniqueOrThrow({ where: { id: mentee.id } });
    for (const who of [world.a.pairs[1]!.menteeUser, world.a.pairs[0]!.mentorUser, world.coordinatorA]) {
      actAs(who);
      expect(await updateOwnProfileAction(mentee.id, idle, profileForm())).toMatchObject({
        ok: false,
        message: "This does not exist, or you do not have access to it.",
      });
    }
    actAs(null);
    expect(await updateOwnProfileAction(mentee.id, idle, profileForm())).toMatchObject({
      ok: false,
      message: "You are no longer signed in. Sign in and try again.",
    });
    actAs(world.a.pairs[0]!.menteeUser);
    expect(await updateOwnProfileAction("nope", idle, profileForm())).toMatchObject({
      ok: false,
      message: "This does not exist, or you do not have access to it.",
    });
    expect(await db.participation.findUniqueOrThrow({ where: { id: mentee.id } })).toEqual(before);
    expect(await getOwnProfile(await viewerFor(world.a.pairs[0]!.menteeUser), world.a.pairs[1]!.mentee.id)).toBeNull();
    expect(await db.auditEntry.count()).toBe(0);
  });
});

describe("a coordinator editing a participant's profile", () => {
  it("reads it (logged as a read) and saves a new field (logged as a change)", async () => {
    const world = await createWorld(db);
    const { mentee, menteeUser } = world.a.pairs[0]!;
    const viewer = await viewerFor(world.coordinatorA);
    const view = await getParticipantProfile(viewer, mentee.id);
    expect(view?.person.email).toBe(menteeUser.email);
    expect(view?.fieldLocked).toBe(false);
    const read = await db.auditEntry.findFirstOrThrow({ where: { action: "participant.read" } });
    expect(read).toMatchObject({ actorId: world.coordinatorA.id, subjectUserId: menteeUser.id, entityId: mentee.id });

    const state = await updateParticipantProfileAction(mentee.id, idle, profileForm({ fieldKey: "law", name: menteeUser.name }));
    expect(state.ok).toBe(true);
    const saved = await db.participation.findUniqueOrThrow({ where: { id: mentee.id }, include: { professionalField: true } });
    expect(saved.professionalField.key).toBe("law");
    const change = await db.auditEntry.findFirstOrThrow({ where: { action: "participant.update" } });
    expect(change).toMatchObject({ actorId: world.coordinatorA.id, subjectUserId: menteeUser.id, programmeId: world.programmeA.id });
    expect((change.details as { fields: string[] }).fields).toContain("field");
    expect((change.details as { fields: string[] }).fields).not.toContain("name");
  });

  it("refuses a coordinator of another programme, a participant and anonymous", async () => {
    const world = await createWorld(db);
    const { mentee } = world.a.pairs[0]!;
    useLocale("en");
    const before = await db.participation.findUniqueOrThrow({ where: { id: mentee.id } });
    for (const who of [world.coordinatorB, world.a.pairs[0]!.mentorUser, world.a.pairs[0]!.menteeUser]) {
      actAs(who);
      expect(await updateParticipantProfileAction(mentee.id, idle, profileForm())).toMatchObject({
        ok: false,
        message: "This does not exist, or you do not have access to it.",
      });
      expect(await getParticipantProfile((await getViewer())!, mentee.id)).toBeNull();
    }
    actAs(null);
    expect(await updateParticipantProfileAction(mentee.id, idle, profileForm())).toMatchObject({
      ok: false,
      message: "You are no longer signed in. Sign in and try again.",
    });
    expect(await db.participation.findUniqueOrThrow({ where: { id: mentee.id } })).toEqual(before);
    expect(await db.auditEntry.count()).toBe(0);
  });
});
