import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { decideApplicationAction, decideApplicationsAction } from "@/lib/applications/application-actions";
import { findDecidableApplication, findDecidableApplicationsOfCohort } from "@/lib/applications/application-decisions";
import { getViewer } from "@/lib/auth/session";
import type { DecisionState } from "@/lib/applications/application-schemas";
import { actAs } from "@/tests/setup/acting";
import { testMailbox } from "@/tests/setup/mailbox";
import { createCohort } from "@/tests/factories/cohorts";
import { createParticipation } from "@/tests/factories/participations";
import { createUser } from "@/tests/factories/users";
import { createWorld } from "@/tests/factories/world";
import { applyTo, decisionForm, submittedProfile } from "./application-fixtures";

const idle: DecisionState = { ok: false };
const mailbox = testMailbox();

async function recruitingWorld() {
  const world = await createWorld(db);
  const cohort = await createCohort(db, { programmeId: world.programmeA.id, status: "MATCHING", name: "Hösten" });
  const otherCohort = await createCohort(db, { programmeId: world.programmeB.id, status: "MATCHING", name: "B hösten" });
  return { ...world, cohort, otherCohort };
}

async function outboxTo(email: string) {
  return db.outboxEmail.findMany({ where: { toEmail: email }, orderBy: { createdAt: "asc" } });
}

describe("accepting an application", () => {
  it("creates an account without a password, the participation from the profile, and emails a set-password link", async () => {
    const world = await recruitingWorld();
    const application = await applyTo(world.cohort.id, { name: "Amina Yusuf", email: "amina@example.test", locale: "en", fieldKey: "law" });

    actAs(world.coordinatorA);
    // The first press asks, saying an account is made and where the link goes; nothing happens yet.
    expect(await decideApplicationAction(application.id, idle, decisionForm("accept", { confirmed: false }))).toMatchObject({
      ok: false,
      confirm: {
        question:
          "Anta Amina Yusuf? Ett konto skapas, och en länk för att välja lösenord skickas med e-post till amina@example.test. En antagning kan inte ångras här.",
        proceed: "Ja, anta Amina Yusuf",
      },
    });
    expect(await db.user.count({ where: { email: "amina@example.test" } })).toBe(0);

    const state = await decideApplicationAction(application.id, idle, decisionForm("accept"));
    expect(state).toMatchObject({
      ok: true,
      message:
        "Amina Yusuf är antagen. Ett konto är skapat och en länk för att välja lösenord har skickats med e-post till amina@example.test.",
    });

    const user = await db.user.findUniqueOrThrow({ where: { email: "amina@example.test" } });
    expect(user).toMatchObject({ name: "Amina Yusuf", locale: "en", passwordHash: null });

    const participation = await db.participation.findUniqueOrThrow({
      where: { cohortId_userId: { cohortId: world.cohort.id, userId: user.id } },
      include: { professionalField: true },
    });
    expect(participation).toMatchObject({
      role: "MENTEE",
      status: "INVITED",
      city: "Uppsala",
      region: "Uppsala län",
      educationCountry: "SY",
      educationYear: 2015,
      yearsExperience: 6,
      industries: ["legal_services", "public_sector"],
      goalTags: ["qualified_job", "network"],
      meetingPreference: "IN_PERSON",
      gender: "FEMALE",
      consentAt: application.consentAt,
    });
    expect(participation.professionalField.key).toBe("law");
    expect(participation.languages).toEqual([
      { code: "ar", level: "fluent" },
      { code: "sv", level: "good" },
    ]);

    const stored = await db.application.findUniqueOrThrow({ where: { id: application.id } });
    expect(stored).toMatchObject({ status: "ACCEPTED", userId: user.id, participationId: participation.id, decisionReason: null });
    expect(stored.decidedAt).toBeInstanceOf(Date);

    const emails = await outboxTo("amina@example.test");
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({ template: "setPassword", locale: "en", userId: user.id, programmeId: world.programmeA.id });
    // The link reaches the applicant's inbox; the stored email does not hold it.
    expect(emails[0]!.bodyText).not.toMatch(/\/set-password\//);
    expect(await mailbox.linkTo("amina@example.test")).toMatch(/^\/set-password\/[\w-]{43}$/);
    expect(await db.oneTimeToken.count({ where: { userId: user.id, purpose: "SET_PASSWORD" } })).toBe(1);

    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "application.accept" } });
    expect(audit).toMatchObject({
      actorId: world.coordinatorA.id,
      entityId: application.id,
      subjectUserId: user.id,
      programmeId: world.programmeA.id,
    });
  });

  it("adds a returning person to the cohort with their existing account and asks them to sign in", async () => {
    const world = await recruitingWorld();
    const returning = world.a.pairs[0]!.menteeUser;
    const usersBefore = await db.user.count();
    const application = await applyTo(world.cohort.id, {
      name: returning.name,
      email: returning.email!,
      role: "MENTOR",
      fieldKey: "economics",
    });

    actAs(world.adminA);
    const state = await decideApplicationAction(application.id, idle, decisionForm("accept"));
    expect(state.ok).toBe(true);

    expect(await db.user.count()).toBe(usersBefore);
    const participation = await db.participation.findUniqueOrThrow({
      where: { cohortId_userId: { cohortId: world.cohort.id, userId: returning.id } },
    });
    expect(participation.role).toBe("MENTOR");
    expect(await db.application.findUniqueOrThrow({ where: { id: application.id } })).toMatchObject({
      status: "ACCEPTED",
      userId: returning.id,
      participationId: participation.id,
    });

    const emails = await outboxTo(returning.email!);
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({ template: "applicationAccepted", userId: returning.id });
    expect(emails[0]!.bodyText).toContain("/login");
    expect(await db.oneTimeToken.count({ where: { userId: returning.id } })).toBe(0);
  });

  it("refuses to accept the same application twice", async () => {
    const world = await recruitingWorld();
    const application = await applyTo(world.cohort.id, { email: "twice@example.test" });
    actAs(world.coordinatorA);
    expect((await decideApplicationAction(application.id, idle, decisionForm("accept"))).ok).toBe(true);

    const again = await decideApplicationAction(application.id, idle, decisionForm("accept"));
    expect(again).toMatchObject({ ok: false, message: "Ansökan är redan antagen. Ett antagande kan inte ångras här." });
    const declined = await decideApplicationAction(application.id, idle, decisionForm("decline", { reason: "Too late" }));
    expect(declined).toMatchObject({ ok: false, message: expect.stringContaining("redan antagen") });

    expect(await db.participation.count({ where: { cohortId: world.cohort.id } })).toBe(1);
    expect(await outboxTo("twice@example.test")).toHaveLength(1);
    expect((await db.application.findUniqueOrThrow({ where: { id: application.id } })).status).toBe("ACCEPTED");
  });

  it("lets only one of two simultaneous decisions through", async () => {
    const world = await recruitingWorld();
    const application = await applyTo(world.cohort.id, { email: "race@example.test" });
    actAs(world.coordinatorA);
    const results = await Promise.all([
      decideApplicationAction(application.id, idle, decisionForm("accept")),
      decideApplicationAction(application.id, idle, decisionForm("decline", { reason: "Full", emailReason: true })),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)?.message).toBeTruthy();
    expect(await outboxTo("race@example.test")).toHaveLength(1);
    expect(await db.participation.count({ where: { cohortId: world.cohort.id } })).toBeLessThanOrEqual(1);
  });

  it("does not add a person who already takes part in the cohort, and says so", async () => {
    const world = await recruitingWorld();
    const person = await createUser(db, { name: "Already There", email: "there@example.test" });
    await createParticipation(db, { cohortId: world.cohort.id, role: "MENTEE", userId: person.id });
    const application = await applyTo(world.cohort.id, { name: "Already There", email: "there@example.test" });

    actAs(world.coordinatorA);
    const state = await decideApplicationAction(application.id, idle, decisionForm("accept"));
    expect(state).toMatchObject({ ok: false, message: "Already There är redan med i omgången. Ingenting ändrades." });
    expect(await db.participation.count({ where: { cohortId: world.cohort.id, userId: person.id } })).toBe(1);
    expect((await db.application.findUniqueOrThrow({ where: { id: application.id } })).status).toBe("SUBMITTED");
    expect(await outboxTo("there@example.test")).toHaveLength(0);
    expect(await db.auditEntry.count({ where: { action: "application.accept" } })).toBe(0);
  });

  it("accepts an application from the waiting list, and reads a profile stored in an older shape", async () => {
    const world = await recruitingWorld();
    const application = await applyTo(world.cohort.id, {
      email: "waiting@example.test",
      status: "WAITLISTED",
      // An older form stored the field under another name and no languages list at all.
      profile: { professionalField: "law", city: "Malmö", educationYear: "not a year" },
    });
    actAs(world.coordinatorA);
    expect((await decideApplicationAction(application.id, idle, decisionForm("accept"))).ok).toBe(true);
    const participation = await db.participation.findFirstOrThrow({ where: { cohortId: world.cohort.id } });
    expect(participation).toMatchObject({ city: "Malmö", educationYear: null, languages: [] });
  });
});

describe("waitlisting and declining", () => {
  it("waitlists with a reason and tells the applicant by email", async () => {
    const world = await recruitingWorld();
    const application = await applyTo(world.cohort.id, { name: "Omar Said", email: "omar@example.test" });
    actAs(world.coordinatorA);
    const state = await decideApplicationAction(application.id, idle, decisionForm("waitlist", { reason: "Waiting for a law mentor" }));
    expect(state).toMatchObject({
      ok: true,
      message: "Omar Said står på väntelistan. Beskedet har skickats med e-post till omar@example.test.",
    });

    const stored = await db.application.findUniqueOrThrow({ where: { id: application.id } });
    expect(stored).toMatchObject({ status: "WAITLISTED", decisionReason: "Waiting for a law mentor", participationId: null });
    expect(stored.decidedAt).toBeInstanceOf(Date);
    const emails = await outboxTo("omar@example.test");
    expect(emails.map((email) => email.template)).toEqual(["applicationWaitlisted"]);
    expect(emails[0]!.bodyText).not.toContain("Waiting for a law mentor");

    const again = await decideApplicationAction(application.id, idle, decisionForm("waitlist"));
    expect(again).toMatchObject({ ok: false, message: "Ansökan står redan på väntelistan." });
  });

  it("declines with a reason after asking, always tells the applicant, and emails the reason only when asked to", async () => {
    const world = await recruitingWorld();
    const quiet = await applyTo(world.cohort.id, { email: "quiet@example.test" });
    const told = await applyTo(world.cohort.id, { email: "told@example.test", locale: "en" });
    actAs(world.coordinatorA);

    const missing = await decideApplicationAction(quiet.id, idle, decisionForm("decline", { reason: "  " }));
    expect(missing).toMatchObject({ ok: false, fieldErrors: { reason: ["Skriv skälet till avslaget."] }, values: { decision: "decline" } });
    expect((await db.application.findUniqueOrThrow({ where: { id: quiet.id } })).status).toBe("SUBMITTED");

    // The first press asks, saying who is emailed and that the reason stays out; nothing happens yet.
    const asked = await decideApplicationAction(
      quiet.id,
      idle,
      decisionForm("decline", { reason: "No mentor in your field", confirmed: false }),
    );
    expect(asked).toMatchObject({
      ok: false,
      confirm: {
        question: `Avslå ansökan från ${quiet.name}? Beslutet skickas med e-post till quiet@example.test, utan skälet. Beslutet är slutgiltigt.`,
        proceed: "Ja, avslå ansökan",
      },
      values: { decision: "decline", reason: "No mentor in your field" },
    });
    expect((await db.application.findUniqueOrThrow({ where: { id: quiet.id } })).status).toBe("SUBMITTED");
    expect(await outboxTo("quiet@example.test")).toHaveLength(0);

    expect(await decideApplicationAction(quiet.id, idle, decisionForm("decline", { reason: "No mentor in your field" }))).toMatchObject({
      ok: true,
      message: `Ansökan från ${quiet.name} är avslagen. Beslutet har skickats med e-post till quiet@example.test, utan skälet.`,
    });
    expect(await db.application.findUniqueOrThrow({ where: { id: quiet.id } })).toMatchObject({
      status: "DECLINED",
      decisionReason: "No mentor in your field",
    });
    const quietEmails = await outboxTo("quiet@example.test");
    expect(quietEmails).toHaveLength(1);
    expect(quietEmails[0]).toMatchObject({ template: "applicationDeclined" });
    expect(quietEmails[0]!.bodyText).not.toContain("No mentor in your field");
    expect(quietEmails[0]!.bodyText).not.toContain("Skälet");

    expect(
      await decideApplicationAction(
        told.id,
        idle,
        decisionForm("decline", { reason: "You already have a qualified job", emailReason: true }),
      ),
    ).toMatchObject({ ok: true, message: expect.stringContaining("Beslutet och skälet har skickats med e-post till told@example.test.") });
    const emails = await outboxTo("told@example.test");
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({ template: "applicationDeclined", locale: "en", programmeId: world.programmeA.id });
    expect(emails[0]!.bodyText).toContain("The reason: You already have a qualified job");

    // Declined is final.
    expect(await decideApplicationAction(told.id, idle, decisionForm("accept"))).toMatchObject({
      ok: false,
      message: "Ansökan är redan avslagen.",
    });
    const audits = await db.auditEntry.findMany({ where: { action: "application.decline" } });
    expect(audits).toHaveLength(2);
  });

  it("refuses a decision without a choice and decisions in a closed cohort", async () => {
    const world = await recruitingWorld();
    const application = await applyTo(world.cohort.id);
    actAs(world.coordinatorA);
    expect(await decideApplicationAction(application.id, idle, decisionForm(""))).toMatchObject({
      ok: false,
      fieldErrors: { decision: ["Välj vad du vill göra med ansökan."] },
    });
    await db.cohort.update({ where: { id: world.cohort.id }, data: { status: "CLOSED" } });
    expect(await decideApplicationAction(application.id, idle, decisionForm("accept"))).toMatchObject({
      ok: false,
      message: expect.stringContaining("avslutad"),
    });
    expect((await db.application.findUniqueOrThrow({ where: { id: application.id } })).status).toBe("SUBMITTED");
  });
});

describe("who may decide one application", () => {
  it("refuses a coordinator of another programme, a participant, anonymous visitors and malformed ids alike", async () => {
    const world = await recruitingWorld();
    const application = await applyTo(world.cohort.id, { email: "guarded@example.test" });
    const notFound = "Det här finns inte, eller så har du inte tillgång till det.";

    actAs(world.coordinatorB);
    expect(await decideApplicationAction(application.id, idle, decisionForm("accept"))).toMatchObject({ ok: false, message: notFound });
    actAs(world.a.pairs[0]!.mentorUser);
    expect(await decideApplicationAction(application.id, idle, decisionForm("accept"))).toMatchObject({ ok: false, message: notFound });
    actAs(world.coordinatorA);
    expect(await decideApplicationAction("not-an-id", idle, decisionForm("accept"))).toMatchObject({ ok: false, message: notFound });
    actAs(null);
    expect(await decideApplicationAction(application.id, idle, decisionForm("accept"))).toMatchObject({
      ok: false,
      message: "Du är inte inloggad längre. Logga in och försök igen.",
    });

    expect((await db.application.findUniqueOrThrow({ where: { id: application.id } })).status).toBe("SUBMITTED");
    expect(await db.user.findUnique({ where: { email: "guarded@example.test" } })).toBeNull();
    expect(await outboxTo("guarded@example.test")).toHaveLength(0);
  });
});

describe("finding the applications a viewer may decide", () => {
  it("finds them for the programme's coordinators only, whatever cohort id comes with them", async () => {
    const world = await recruitingWorld();
    const application = await applyTo(world.cohort.id, { email: "found@example.test" });
    const viewerFor = async (user: { id: string }) => {
      actAs(user);
      return (await getViewer())!;
    };
    const coordinatorA = await viewerFor(world.coordinatorA);
    expect((await findDecidableApplicationsOfCohort(coordinatorA, world.cohort.id, [application.id])).map((row) => row.id)).toEqual([
      application.id,
    ]);
    expect(await findDecidableApplication(coordinatorA, application.id)).toMatchObject({ id: application.id });
    expect(await findDecidableApplication(coordinatorA, "not-an-id")).toBeNull();

    const coordinatorB = await viewerFor(world.coordinatorB);
    expect(await findDecidableApplicationsOfCohort(coordinatorB, world.cohort.id, [application.id])).toEqual([]);
    expect(await findDecidableApplication(coordinatorB, application.id)).toBeNull();
    const mentor = await viewerFor(world.a.pairs[0]!.mentorUser);
    expect(await findDecidableApplicationsOfCohort(mentor, world.cohort.id, [application.id])).toEqual([]);
  });
});

describe("deciding many applications at once", () => {
  it("accepts several, reports the ones it could not, and goes ahead with the rest", async () => {
    const world = await recruitingWorld();
    const first = await applyTo(world.cohort.id, { name: "Bulk One", email: "one@example.test" });
    const second = await applyTo(world.cohort.id, { name: "Bulk Two", email: "two@example.test", role: "MENTOR", fieldKey: "hr" });
    const third = await applyTo(world.cohort.id, { name: "Bulk Three", email: "three@example.test", status: "WAITLISTED" });
    const done = await applyTo(world.cohort.id, { name: "Bulk Done", email: "done@example.test", status: "DECLINED" });

    actAs(world.coordinatorA);
    const ids = [first.id, second.id, third.id, done.id];
    // The first press asks: how many accounts are made and who is emailed; nothing happens yet.
    const asked = await decideApplicationsAction(world.cohort.id, idle, decisionForm("accept", { applicationIds: ids, confirmed: false }));
    expect(asked).toMatchObject({
      ok: false,
      confirm: {
        question:
          "Anta 3 ansökningar? 3 nya konton skapas. E-post skickas till Bulk One (one@example.test), Bulk Three (three@example.test), Bulk Two (two@example.test). En antagning kan inte ångras här.",
        proceed: "Ja, anta 3 ansökningar",
      },
    });
    expect(await db.application.count({ where: { cohortId: world.cohort.id, status: "ACCEPTED" } })).toBe(0);
    expect(await db.outboxEmail.count()).toBe(0);

    const state = await decideApplicationsAction(world.cohort.id, idle, decisionForm("accept", { applicationIds: ids }));
    expect(state).toMatchObject({
      ok: true,
      message:
        "3 ansökningar antagna. E-post har skickats till Bulk One (one@example.test), Bulk Three (three@example.test), Bulk Two (two@example.test).",
      problems: ["Bulk Done: Ansökan är redan avslagen."],
    });

    const accepted = await db.application.findMany({ where: { cohortId: world.cohort.id, status: "ACCEPTED" } });
    expect(accepted.map((row) => row.name).sort()).toEqual(["Bulk One", "Bulk Three", "Bulk Two"]);
    expect(await db.participation.count({ where: { cohortId: world.cohort.id } })).toBe(3);
    expect(await db.outboxEmail.count({ where: { template: "setPassword" } })).toBe(3);
    expect(await db.auditEntry.count({ where: { action: "application.accept" } })).toBe(3);
  });

  it("never acts on an application of another cohort smuggled into the form", async () => {
    const world = await recruitingWorld();
    const own = await applyTo(world.cohort.id, { email: "own@example.test" });
    const foreign = await applyTo(world.otherCohort.id, { email: "foreign@example.test" });
    const sameProgrammeOtherCohort = await applyTo(world.a.cohort.id, { email: "sibling@example.test" });

    actAs(world.coordinatorA);
    const state = await decideApplicationsAction(
      world.cohort.id,
      idle,
      decisionForm("decline", {
        reason: "Full",
        emailReason: true,
        applicationIds: [own.id, foreign.id, sameProgrammeOtherCohort.id, "junk"],
      }),
    );
    expect(state).toMatchObject({ ok: true, problems: ["2 av de valda ansökningarna hittades inte i omgången."] });
    expect((await db.application.findUniqueOrThrow({ where: { id: own.id } })).status).toBe("DECLINED");
    expect((await db.application.findUniqueOrThrow({ where: { id: foreign.id } })).status).toBe("SUBMITTED");
    expect((await db.application.findUniqueOrThrow({ where: { id: sameProgrammeOtherCohort.id } })).status).toBe("SUBMITTED");
    expect(await outboxTo("foreign@example.test")).toHaveLength(0);
    expect(await outboxTo("own@example.test")).toHaveLength(1);
  });

  it("refuses a coordinator of another programme, a participant and anonymous visitors", async () => {
    const world = await recruitingWorld();
    const application = await applyTo(world.cohort.id);
    const form = () => decisionForm("waitlist", { applicationIds: [application.id] });
    const notFound = { ok: false, message: "Det här finns inte, eller så har du inte tillgång till det." };

    actAs(world.coordinatorB);
    expect(await decideApplicationsAction(world.cohort.id, idle, form())).toMatchObject(notFound);
    // Their own cohort id with our application in the form: the application is not theirs to touch.
    const smuggled = await decideApplicationsAction(world.otherCohort.id, idle, form());
    expect(smuggled).toMatchObject({ ok: false, problems: ["1 av de valda ansökningarna hittades inte i omgången."] });
    actAs(world.a.pairs[0]!.menteeUser);
    expect(await decideApplicationsAction(world.cohort.id, idle, form())).toMatchObject(notFound);
    actAs(null);
    expect(await decideApplicationsAction(world.cohort.id, idle, form())).toMatchObject({
      ok: false,
      message: "Du är inte inloggad längre. Logga in och försök igen.",
    });

    expect((await db.application.findUniqueOrThrow({ where: { id: application.id } })).status).toBe("SUBMITTED");
    expect(await db.outboxEmail.count()).toBe(0);
  });

  it("asks for a selection and for a reason to decline", async () => {
    const world = await recruitingWorld();
    const application = await applyTo(world.cohort.id);
    actAs(world.coordinatorA);
    expect(await decideApplicationsAction(world.cohort.id, idle, decisionForm("accept"))).toMatchObject({
      ok: false,
      fieldErrors: { applicationIds: ["Välj minst en ansökan i tabellen."] },
    });
    expect(
      await decideApplicationsAction(world.cohort.id, idle, decisionForm("decline", { applicationIds: [application.id] })),
    ).toMatchObject({
      ok: false,
      fieldErrors: { reason: ["Skriv skälet till avslaget."] },
    });
  });
});

describe("the profile a participation gets", () => {
  it("keeps a mentor's expertise and capacity", async () => {
    const world = await recruitingWorld();
    const application = await applyTo(world.cohort.id, {
      role: "MENTOR",
      email: "mentor-new@example.test",
      profile: submittedProfile({ role: "MENTOR", expertiseTags: ["labour_law", "network"], mentorCapacity: 2, employer: "Kommunen" }),
    });
    actAs(world.coordinatorA);
    await decideApplicationAction(application.id, idle, decisionForm("accept"));
    const participation = await db.participation.findFirstOrThrow({ where: { cohortId: world.cohort.id } });
    expect(participation).toMatchObject({
      role: "MENTOR",
      expertiseTags: ["labour_law", "network"],
      mentorCapacity: 2,
      employer: "Kommunen",
    });
  });
});
