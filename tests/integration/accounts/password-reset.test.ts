import { describe, expect, it } from "vitest";
import { cookies } from "next/headers";
import { db } from "@/lib/db";
import { idleState } from "@/lib/actions/action-state";
import { allowRequestFrom } from "@/lib/accounts/password-limits";
import { requestPasswordResetAction } from "@/lib/accounts/password-link-actions";
import { resetPasswordAction, setPasswordAction } from "@/lib/accounts/password-actions";
import { getPasswordLinkOwner, getResetLinkOwner } from "@/lib/accounts/password-queries";
import { verifyPassword } from "@/lib/auth/password";
import { getViewer } from "@/lib/auth/session";
import { listOutbox } from "@/lib/email/outbox-queries";
import { actAs } from "@/tests/setup/acting";
import { useLocale } from "@/tests/setup/integration";
import { testMailbox } from "@/tests/setup/mailbox";
import { createCohort } from "@/tests/factories/cohorts";
import { createLinkToken } from "@/tests/factories/one-time-links";
import { createParticipation } from "@/tests/factories/participations";
import { createUser, TEST_PASSWORD } from "@/tests/factories/users";
import { createWorld } from "@/tests/factories/world";

const mailbox = testMailbox();

function emailForm(email: string) {
  const form = new FormData();
  form.set("email", email);
  return form;
}

function passwordForm(password = "my new long password") {
  const form = new FormData();
  form.set("password", password);
  form.set("confirm", password);
  return form;
}

const tokenOf = (link: string | null) => link!.split("/").pop()!;

describe("forgot your password?", () => {
  it("gives the same answer for an unknown address, and sends nothing", async () => {
    await createUser(db, { email: "known@example.test" });
    const known = await requestPasswordResetAction(idleState, emailForm("known@example.test"));
    const unknown = await requestPasswordResetAction(idleState, emailForm("nobody@example.test"));
    expect(known.ok).toBe(true);
    expect(unknown.ok).toBe(true);
    expect(unknown.message!.replace("nobody@example.test", "…")).toBe(known.message!.replace("known@example.test", "…"));

    expect(await db.outboxEmail.count({ where: { toEmail: "nobody@example.test" } })).toBe(0);
    expect(await db.oneTimeToken.count()).toBe(1);
    await mailbox.deliver();
    expect(mailbox.received().map((mail) => mail.to)).toEqual([["known@example.test"]]);
  });

  it("sends the owner a reset link that sets a new password, signs them in and tells them by email", async () => {
    useLocale("en");
    const user = await createUser(db, { email: "owner@example.test", locale: "en" });
    await requestPasswordResetAction(idleState, emailForm(" Owner@Example.test "));
    const email = await db.outboxEmail.findFirstOrThrow();
    expect(email).toMatchObject({ template: "passwordReset", programmeId: null, locale: "en" });
    expect(email.bodyText).not.toMatch(/reset-password/);

    const token = tokenOf(await mailbox.linkTo("owner@example.test", "reset-password"));
    expect(await getResetLinkOwner(null, token)).toEqual({ name: user.name, email: "owner@example.test" });
    // A reset link is no set-password link.
    expect(await getPasswordLinkOwner(null, token)).toBeNull();
    expect(await setPasswordAction(token, idleState, passwordForm())).toMatchObject({ ok: false });

    await expect(resetPasswordAction(token, idleState, passwordForm())).rejects.toThrow(/NEXT_REDIRECT/);
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(stored.passwordHash!, "my new long password")).toBe(true);
    expect((await cookies()).get("next-auth.session-token")).toBeDefined();
    expect(await db.auditEntry.count({ where: { action: "auth.reset_password", subjectUserId: user.id } })).toBe(1);

    await mailbox.deliver();
    const notice = mailbox.received().find((mail) => mail.subject === "Your Tandem password was changed");
    expect(notice?.to).toEqual(["owner@example.test"]);
    expect(notice?.text).toContain("/forgot-password");

    // Used once, then never again.
    expect(await resetPasswordAction(token, idleState, passwordForm("a second new password"))).toMatchObject({ ok: false });
  });

  it("lets an account without a password choose its first one, which makes an invitation active", async () => {
    const user = await createUser(db, { email: "nopassword@example.test", password: null });
    const participation = await createParticipation(db, {
      cohortId: (await createCohort(db, { status: "RECRUITING" })).id,
      userId: user.id,
      role: "MENTEE",
      status: "INVITED",
    });
    const setLink = await createLinkToken(db, user.id);
    await requestPasswordResetAction(idleState, emailForm("nopassword@example.test"));
    const token = tokenOf(await mailbox.linkTo("nopassword@example.test", "reset-password"));
    await expect(resetPasswordAction(token, idleState, passwordForm())).rejects.toThrow(/NEXT_REDIRECT/);
    expect((await db.participation.findUniqueOrThrow({ where: { id: participation.id } })).status).toBe("ACTIVE");
    // The set-password link it may still have had works no more.
    expect(await getPasswordLinkOwner(null, setLink)).toBeNull();
  });

  it("an older reset link stops working when a new one is asked for", async () => {
    await createUser(db, { email: "twice@example.test" });
    await requestPasswordResetAction(idleState, emailForm("twice@example.test"));
    const first = tokenOf(await mailbox.linkTo("twice@example.test", "reset-password"));
    await requestPasswordResetAction(idleState, emailForm("twice@example.test"));
    const second = tokenOf(await mailbox.linkTo("twice@example.test", "reset-password"));
    expect(await getResetLinkOwner(null, first)).toBeNull();
    expect(await resetPasswordAction(first, idleState, passwordForm())).toMatchObject({ ok: false });
    await expect(resetPasswordAction(second, idleState, passwordForm())).rejects.toThrow(/NEXT_REDIRECT/);
  });

  it("sends a few links to an address an hour, with the same answer after that", async () => {
    const user = await createUser(db, { email: "flooded@example.test" });
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await requestPasswordResetAction(idleState, emailForm("flooded@example.test")));
    expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBe(1);
    expect(await db.outboxEmail.count({ where: { userId: user.id } })).toBe(3);
  });

  it("answers too many requests from one client address", async () => {
    for (let i = 0; i < 10; i++) expect(await allowRequestFrom("203.0.113.7")).toBe(true);
    expect(await allowRequestFrom("203.0.113.7")).toBe(false);
    expect(await allowRequestFrom("203.0.113.8")).toBe(true);
  });

  it("leaves the password as it was until the link is used, and keeps the email out of every coordinator's outbox", async () => {
    const world = await createWorld(db);
    const mentor = world.a.pairs[0]!.mentorUser;
    await requestPasswordResetAction(idleState, emailForm(mentor.email!));
    const stored = await db.user.findUniqueOrThrow({ where: { id: mentor.id } });
    expect(await verifyPassword(stored.passwordHash!, TEST_PASSWORD)).toBe(true);
    for (const coordinator of [world.coordinatorA, world.adminA]) {
      actAs(coordinator);
      expect((await listOutbox((await getViewer())!, 1)).total).toBe(0);
    }
  });

  it("says what is wrong with the address, and sends nothing for an erased account", async () => {
    expect(await requestPasswordResetAction(idleState, emailForm("not an email"))).toMatchObject({
      ok: false,
      fieldErrors: { email: [expect.any(String)] },
      values: { email: "not an email" },
    });
    await createUser(db, { email: "erased@example.test" }).then((user) =>
      db.user.update({ where: { id: user.id }, data: { erasedAt: new Date() } }),
    );
    expect((await requestPasswordResetAction(idleState, emailForm("erased@example.test"))).ok).toBe(true);
    expect(await db.outboxEmail.count()).toBe(0);
  });
});
