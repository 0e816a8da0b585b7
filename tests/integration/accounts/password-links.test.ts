import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { idleState } from "@/lib/actions/action-state";
import { resendPasswordLinkAction } from "@/lib/accounts/password-link-actions";
import { setPasswordAction } from "@/lib/accounts/password-actions";
import { decideApplicationAction } from "@/lib/applications/application-actions";
import { getViewer } from "@/lib/auth/session";
import { getOutboxEmail, listOutbox } from "@/lib/email/outbox-queries";
import { inviteParticipantAction } from "@/lib/participants/participant-admin-actions";
import { actAs } from "@/tests/setup/acting";
import { testMailbox } from "@/tests/setup/mailbox";
import { createCohort } from "@/tests/factories/cohorts";
import { createParticipation } from "@/tests/factories/participations";
import { appointCoordinator } from "@/tests/factories/programmes";
import { createUser } from "@/tests/factories/users";
import { createWorld } from "@/tests/factories/world";
import { applyTo, decisionForm } from "@/tests/integration/applications/application-fixtures";

// Finding 1 of the security review: a coordinator must never obtain a usable link to an account,
// least of all one of another programme. Links go to the account's own address only.

const mailbox = testMailbox();

function invitation(email: string): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries({
    role: "MENTEE",
    name: "Someone",
    email,
    fieldKey: "law",
    phone: "",
    city: "",
    locale: "sv",
  })) {
    form.set(name, value);
  }
  form.set("language.sv", "fluent");
  return form;
}

/** Programme B's newly appointed coordinator, who has not chosen a password yet. */
async function newCoordinatorOfB(world: Awaited<ReturnType<typeof createWorld>>) {
  const newcomer = await createUser(db, { password: null, email: "new.coordinator@example.test", name: "New Coordinator" });
  await appointCoordinator(db, { programmeId: world.programmeB.id, userId: newcomer.id });
  return newcomer;
}

/** Everything coordinator A can read in the outbox, bodies included. */
async function outboxAsRead(viewerUser: { id: string }) {
  actAs(viewerUser);
  const viewer = (await getViewer())!;
  const { emails } = await listOutbox(viewer, 1);
  return Promise.all(emails.map((email) => getOutboxEmail(viewer, email.id)));
}

describe("adding an account that exists already", () => {
  it("an invitation of programme B's new coordinator by coordinator A sends a notice, and no link A could use", async () => {
    const world = await createWorld(db);
    const newcomer = await newCoordinatorOfB(world);

    actAs(world.coordinatorA);
    expect(await inviteParticipantAction(world.a.cohort.id, idleState, invitation("new.coordinator@example.test"))).toMatchObject({
      ok: true,
    });

    expect(await db.oneTimeToken.count({ where: { userId: newcomer.id } })).toBe(0);
    const email = await db.outboxEmail.findFirstOrThrow({ where: { userId: newcomer.id } });
    expect(email).toMatchObject({ template: "invitation.signIn", programmeId: world.programmeA.id, oneTimeTokenId: null });
    expect(email.bodyText).not.toMatch(/set-password|reset-password/);

    // What reaches the person is a notice to sign in (or ask for a link), not a link.
    await mailbox.deliver();
    expect(await mailbox.linkTo("new.coordinator@example.test")).toBeNull();
    expect(mailbox.received()[0]!.text).toContain("Glömt lösenordet?");

    const read = JSON.stringify(await outboxAsRead(world.coordinatorA));
    expect(read).toContain("new.coordinator@example.test");
    expect(read).not.toMatch(/set-password|reset-password/);
  });

  it("accepting an application from such an account sends a notice and no link", async () => {
    const world = await createWorld(db);
    const newcomer = await newCoordinatorOfB(world);
    const cohort = await createCohort(db, { programmeId: world.programmeA.id, status: "MATCHING" });
    const application = await applyTo(cohort.id, { name: "New Coordinator", email: "new.coordinator@example.test" });

    actAs(world.coordinatorA);
    expect(await decideApplicationAction(application.id, { ok: false }, decisionForm("accept"))).toMatchObject({ ok: true });
    expect(await db.oneTimeToken.count({ where: { userId: newcomer.id } })).toBe(0);
    const email = await db.outboxEmail.findFirstOrThrow({ where: { userId: newcomer.id } });
    expect(email.template).toBe("applicationAccepted");
    expect(await mailbox.linkTo("new.coordinator@example.test")).toBeNull();
  });
});

describe("a coordinator sends a new link to choose a password", () => {
  async function invitedWithoutPassword() {
    const world = await createWorld(db);
    const person = await createUser(db, { password: null, email: "late@example.test" });
    const participation = await createParticipation(db, {
      cohortId: world.a.cohort.id,
      userId: person.id,
      role: "MENTEE",
      status: "INVITED",
    });
    return { world, person, participation };
  }

  it("sends it to the person's own address; the coordinator's outbox shows that a link went, never the link", async () => {
    const { world, person, participation } = await invitedWithoutPassword();
    actAs(world.coordinatorA);
    const answer = await resendPasswordLinkAction(participation.id, idleState, new FormData());
    expect(answer).toMatchObject({ ok: true, message: expect.stringContaining("late@example.test") });

    const link = await mailbox.linkTo("late@example.test");
    expect(link).toMatch(/^\/set-password\//);
    const token = link!.split("/").pop()!;
    const read = await outboxAsRead(world.coordinatorA);
    expect(read).toHaveLength(1);
    expect(read[0]!.bodyParts).toHaveLength(2);
    expect(JSON.stringify(read)).not.toContain(token);
    expect(JSON.stringify(await db.outboxEmail.findMany())).not.toContain(token);

    await expect(setPasswordAction(token, idleState, passwordForm())).rejects.toThrow(/NEXT_REDIRECT/);
    expect((await db.user.findUniqueOrThrow({ where: { id: person.id } })).passwordHash).not.toBeNull();
    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "auth.send_password_link" } });
    expect(audit).toMatchObject({ actorId: world.coordinatorA.id, subjectUserId: person.id, programmeId: world.programmeA.id });
  });

  it("makes the earlier link stop working", async () => {
    const { world, participation } = await invitedWithoutPassword();
    actAs(world.coordinatorA);
    await resendPasswordLinkAction(participation.id, idleState, new FormData());
    const first = (await mailbox.linkTo("late@example.test"))!.split("/").pop()!;
    await resendPasswordLinkAction(participation.id, idleState, new FormData());
    const second = (await mailbox.linkTo("late@example.test"))!.split("/").pop()!;
    expect(await setPasswordAction(first, idleState, passwordForm())).toMatchObject({ ok: false });
    await expect(setPasswordAction(second, idleState, passwordForm())).rejects.toThrow(/NEXT_REDIRECT/);
  });

  it("is refused for another programme's participant, for an account with a password, and when signed out", async () => {
    const { world, participation } = await invitedWithoutPassword();
    const ofB = await createParticipation(db, {
      cohortId: world.b.cohort.id,
      userId: (await createUser(db, { password: null })).id,
      role: "MENTEE",
      status: "INVITED",
    });

    actAs(world.coordinatorA);
    expect(await resendPasswordLinkAction(ofB.id, idleState, new FormData())).toMatchObject({
      ok: false,
      message: "Det här finns inte, eller så har du inte tillgång till det.",
    });
    expect(await resendPasswordLinkAction(world.a.pairs[0]!.mentee.id, idleState, new FormData())).toMatchObject({
      ok: false,
      message: expect.stringContaining("redan valt ett lösenord"),
    });
    expect(await resendPasswordLinkAction("not-an-id", idleState, new FormData())).toMatchObject({ ok: false });

    actAs(world.a.pairs[0]!.menteeUser);
    expect(await resendPasswordLinkAction(participation.id, idleState, new FormData())).toMatchObject({ ok: false });
    actAs(null);
    expect(await resendPasswordLinkAction(participation.id, idleState, new FormData())).toMatchObject({
      ok: false,
      message: expect.stringContaining("inte inloggad"),
    });

    expect(await db.oneTimeToken.count()).toBe(0);
    expect(await db.outboxEmail.count()).toBe(0);
  });

  it("sends a few links an hour at most", async () => {
    const { world, participation } = await invitedWithoutPassword();
    actAs(world.coordinatorA);
    for (let i = 0; i < 3; i++) expect((await resendPasswordLinkAction(participation.id, idleState, new FormData())).ok).toBe(true);
    expect(await resendPasswordLinkAction(participation.id, idleState, new FormData())).toMatchObject({
      ok: false,
      message: expect.stringContaining("Vänta en stund"),
    });
    expect(await db.outboxEmail.count()).toBe(3);
  });
});

function passwordForm(password = "a long enough password") {
  const form = new FormData();
  form.set("password", password);
  form.set("confirm", password);
  return form;
}
