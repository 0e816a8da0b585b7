import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getViewer } from "@/lib/auth/session";
import { getMatchingBoard } from "@/lib/matching-board/board-queries";
import { inviteParticipantAction } from "@/lib/participants/participant-admin-actions";
import { actAs } from "@/tests/setup/acting";
import { testMailbox } from "@/tests/setup/mailbox";
import { useLocale } from "@/tests/setup/integration";
import { createCohort } from "@/tests/factories/cohorts";
import { createParticipation } from "@/tests/factories/participations";
import { createUser } from "@/tests/factories/users";
import { createWorld } from "@/tests/factories/world";

const idle = { ok: false } as const;
const mailbox = testMailbox();

function invitation(fields: Record<string, string> = {}): FormData {
  const form = new FormData();
  const values = {
    role: "MENTEE",
    name: "Leyla Haddad",
    email: "Leyla.Haddad@Example.org",
    fieldKey: "law",
    phone: "",
    city: "Malmö",
    locale: "en",
    ...fields,
  };
  for (const [name, value] of Object.entries(values)) form.set(name, value);
  form.set("language.ar", "fluent");
  form.set("language.sv", "basic");
  return form;
}

describe("inviting a participant", () => {
  it("creates an account without a password, an invited participation and an email with a link to choose a password", async () => {
    const world = await createWorld(db);
    actAs(world.coordinatorA);
    const state = await inviteParticipantAction(world.a.cohort.id, idle, invitation());
    expect(state.ok).toBe(true);

    const user = await db.user.findUniqueOrThrow({ where: { email: "leyla.haddad@example.org" } });
    expect(user).toMatchObject({ name: "Leyla Haddad", passwordHash: null, locale: "en" });
    const participation = await db.participation.findFirstOrThrow({
      where: { userId: user.id },
      include: { professionalField: { select: { key: true } } },
    });
    expect(participation).toMatchObject({ cohortId: world.a.cohort.id, role: "MENTEE", status: "INVITED", city: "Malmö", phone: null });
    expect(participation.professionalField.key).toBe("law");
    expect(participation.languages).toEqual([
      { code: "sv", level: "basic" },
      { code: "ar", level: "fluent" },
    ]);

    const tokens = await db.oneTimeToken.findMany({ where: { userId: user.id } });
    expect(tokens).toHaveLength(1);
    expect(tokens[0]!.purpose).toBe("SET_PASSWORD");
    const emails = await db.outboxEmail.findMany({ where: { userId: user.id } });
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({
      template: "invitation.setPassword",
      locale: "en",
      toEmail: "leyla.haddad@example.org",
      programmeId: world.programmeA.id,
    });
    expect(emails[0]!.bodyText).toContain("mentee");
    expect(emails[0]!.bodyText).toContain(world.a.cohort.name);
    expect(emails[0]!.bodyText).not.toMatch(/\/set-password\//);
    expect(await mailbox.linkTo("leyla.haddad@example.org")).toMatch(/^\/set-password\/[\w-]{43}$/);

    const audit = await db.auditEntry.findMany({ where: { action: "participant.invite" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: world.coordinatorA.id,
      subjectUserId: user.id,
      entityId: participation.id,
      programmeId: world.programmeA.id,
    });
    expect(audit[0]!.details).toEqual({ via: "invite", newAccount: true });
  });

  it("invites someone who has an account to sign in, in their own language, and keeps their name", async () => {
    const world = await createWorld(db);
    const known = await createUser(db, { email: "returning@example.org", name: "Known Person", locale: "sv" });
    actAs(world.coordinatorA);
    const state = await inviteParticipantAction(
      world.a.cohort.id,
      idle,
      invitation({ email: "returning@example.org", role: "MENTOR", name: "Other Name" }),
    );
    expect(state.ok).toBe(true);

    expect(await db.user.count({ where: { email: "returning@example.org" } })).toBe(1);
    expect((await db.user.findUniqueOrThrow({ where: { id: known.id } })).name).toBe("Known Person");
    const participation = await db.participation.findFirstOrThrow({ where: { userId: known.id, cohortId: world.a.cohort.id } });
    expect(participation).toMatchObject({ role: "MENTOR", status: "INVITED" });
    expect(await db.oneTimeToken.count({ where: { userId: known.id } })).toBe(0);
    const email = await db.outboxEmail.findFirstOrThrow({ where: { userId: known.id } });
    expect(email).toMatchObject({ template: "invitation.signIn", locale: "sv" });
    expect(email.bodyText).toContain("/login");
    expect(email.bodyText).toContain("Known Person");
  });

  it("prefills someone who took part in the programme before from their latest profile, and keeps them to their own field", async () => {
    const world = await createWorld(db);
    useLocale("en");
    actAs(world.coordinatorA);
    // Programme A's next cohort, being matched; the returning mentee was in cohort A as an economist.
    const next = await createCohort(db, { programmeId: world.programmeA.id, status: "MATCHING", name: "Next cohort" });
    const returning = world.a.pairs[0]!.menteeUser;
    await db.participation.update({
      where: { id: world.a.pairs[0]!.mentee.id },
      data: { city: "Uppsala", industries: ["banking_finance"], goalTags: ["network"], yearsExperience: 4, meetingPreference: "IN_PERSON" },
    });
    const form = (fields: Record<string, string>) => {
      const data = invitation({ email: returning.email!, name: returning.name, city: "", ...fields });
      data.delete("language.ar");
      data.delete("language.sv");
      return data;
    };

    const refused = await inviteParticipantAction(next.id, idle, form({ fieldKey: "law" }));
    expect(!refused.ok && refused.fieldErrors?.fieldKey?.[0]).toMatch(
      /^This person is already in the programme with the professional field /,
    );
    expect(await db.participation.count({ where: { cohortId: next.id } })).toBe(0);

    const state = await inviteParticipantAction(next.id, idle, form({ fieldKey: "economics" }));
    expect(state).toMatchObject({ ok: true, message: expect.stringContaining(`The profile is filled in from ${world.a.cohort.name}.`) });
    const participation = await db.participation.findFirstOrThrow({ where: { cohortId: next.id, userId: returning.id } });
    expect(participation).toMatchObject({
      city: "Uppsala",
      industries: ["banking_finance"],
      goalTags: ["network"],
      yearsExperience: 4,
      meetingPreference: "IN_PERSON",
      languages: [
        { code: "sv", level: "good" },
        { code: "en", level: "good" },
      ],
    });

    // On the board the returning mentee can be matched; someone invited with no language cannot, and it says why.
    await inviteParticipantAction(next.id, idle, form({ email: "new.person@example.org", name: "New Person", fieldKey: "economics" }));
    const mentorUser = await createUser(db, { name: "Mentor of next" });
    await createParticipation(db, { cohortId: next.id, role: "MENTOR", userId: mentorUser.id, status: "INVITED" });
    const board = await getMatchingBoard((await getViewer())!, next.id, { fieldKey: null, page: 1 }, "Removed");
    expect(board.waitingMentees.map((mentee) => [mentee.name, mentee.hindrances])).toEqual([
      [returning.name, []],
      ["New Person", ["no_languages"]],
    ]);
  });

  it("says so when the person is already in the cohort, and adds nothing", async () => {
    const world = await createWorld(db);
    const mentor = world.a.pairs[0]!.mentorUser;
    actAs(world.coordinatorA);
    useLocale("en");
    const state = await inviteParticipantAction(world.a.cohort.id, idle, invitation({ email: mentor.email!.toUpperCase() }));
    expect(state.ok).toBe(false);
    expect(!state.ok && state.fieldErrors?.email).toEqual([`This person is already in ${world.a.cohort.name}.`]);
    expect(!state.ok && state.values?.email).toBe(mentor.email!.toUpperCase());
    expect(await db.participation.count({ where: { userId: mentor.id } })).toBe(1);
    expect(await db.outboxEmail.count()).toBe(0);
  });

  it("shows what is wrong in the form next to the field", async () => {
    const world = await createWorld(db);
    actAs(world.coordinatorA);
    const state = await inviteParticipantAction(
      world.a.cohort.id,
      idle,
      invitation({ email: "not-an-email", fieldKey: "astrology", role: "" }),
    );
    expect(state.ok).toBe(false);
    if (state.ok) return;
    expect(state.fieldErrors?.email?.length).toBe(1);
    expect(state.fieldErrors?.role?.length).toBe(1);
    const again = await inviteParticipantAction(world.a.cohort.id, idle, invitation({ fieldKey: "astrology" }));
    expect(!again.ok && again.fieldErrors?.fieldKey?.length).toBe(1);
    expect(await db.user.count({ where: { email: "leyla.haddad@example.org" } })).toBe(0);
  });

  it("lets an administrator of the organisation invite too", async () => {
    const world = await createWorld(db);
    actAs(world.adminA);
    expect((await inviteParticipantAction(world.a.cohort.id, idle, invitation())).ok).toBe(true);
  });

  it("refuses a coordinator of another programme, a participant, anonymous, and a closed cohort", async () => {
    const world = await createWorld(db);
    useLocale("en");
    const refusals: Array<[{ id: string } | null, string]> = [
      [world.coordinatorB, "This does not exist, or you do not have access to it."],
      [world.a.pairs[0]!.mentorUser, "This does not exist, or you do not have access to it."],
      [null, "You are no longer signed in. Sign in and try again."],
    ];
    for (const [who, message] of refusals) {
      actAs(who);
      const state = await inviteParticipantAction(world.a.cohort.id, idle, invitation());
      expect(state).toMatchObject({ ok: false, message });
    }
    actAs(world.coordinatorA);
    expect(await inviteParticipantAction("not-an-id", idle, invitation())).toMatchObject({
      ok: false,
      message: "This does not exist, or you do not have access to it.",
    });
    const closed = await createCohort(db, { programmeId: world.programmeA.id, status: "CLOSED" });
    expect(await inviteParticipantAction(closed.id, idle, invitation())).toMatchObject({
      ok: false,
      message: "The cohort is closed. Nobody can be added to it.",
    });
    expect(await db.user.count({ where: { email: "leyla.haddad@example.org" } })).toBe(0);
    expect(await db.outboxEmail.count()).toBe(0);
    expect(await db.auditEntry.count({ where: { action: "participant.invite" } })).toBe(0);
  });

  it("adds a returning person's new participation next to the old one", async () => {
    const world = await createWorld(db);
    const { menteeUser } = world.a.pairs[0]!;
    const later = await createCohort(db, { programmeId: world.programmeA.id, status: "RECRUITING" });
    await createParticipation(db, { cohortId: later.id, role: "MENTEE" });
    actAs(world.coordinatorA);
    const state = await inviteParticipantAction(
      later.id,
      idle,
      invitation({ email: menteeUser.email!, role: "MENTOR", fieldKey: "economics" }),
    );
    expect(state.ok).toBe(true);
    expect(await db.participation.count({ where: { userId: menteeUser.id } })).toBe(2);
  });
});
