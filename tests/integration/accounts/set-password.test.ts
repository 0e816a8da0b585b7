import { describe, expect, it } from "vitest";
import { cookies } from "next/headers";
import { db } from "@/lib/db";
import { idleState } from "@/lib/actions/action-state";
import { verifyPassword } from "@/lib/auth/password";
import { setPasswordAction } from "@/lib/accounts/password-actions";
import { getPasswordLinkOwner } from "@/lib/accounts/password-queries";
import { sendPasswordLink } from "@/lib/accounts/password-links";
import { testMailbox } from "@/tests/setup/mailbox";
import { createCohort } from "@/tests/factories/cohorts";
import { createLinkToken } from "@/tests/factories/one-time-links";
import { createParticipation } from "@/tests/factories/participations";
import { createProgramme } from "@/tests/factories/programmes";
import { createUser, TEST_PASSWORD } from "@/tests/factories/users";

const mailbox = testMailbox();

function form(password: string, confirm = password) {
  const data = new FormData();
  data.set("password", password);
  data.set("confirm", confirm);
  return data;
}

describe("choosing a password through a one-time link", () => {
  it("sets the password, uses the link up, signs the person in, and refuses the link the second time", async () => {
    const user = await createUser(db, { password: null });
    const token = await createLinkToken(db, user.id);
    await expect(setPasswordAction(token, idleState, form("a long enough password"))).rejects.toThrow(/NEXT_REDIRECT/);
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(stored.passwordHash!, "a long enough password")).toBe(true);
    expect((await cookies()).get("next-auth.session-token")).toBeDefined();

    const again = await setPasswordAction(token, idleState, form("another long password"));
    expect(again).toMatchObject({ ok: false, message: expect.stringContaining("Länken") });
  });

  it("makes the person's invited participations active, and leaves a withdrawn one as it was", async () => {
    const cohort = await createCohort(db, { status: "RECRUITING" });
    const user = await createUser(db, { password: null });
    const invited = await createParticipation(db, { cohortId: cohort.id, userId: user.id, role: "MENTEE", status: "INVITED" });
    const other = await createParticipation(db, {
      cohortId: (await createCohort(db)).id,
      userId: user.id,
      role: "MENTEE",
      status: "WITHDRAWN",
    });
    const someoneElse = await createParticipation(db, { cohortId: cohort.id, role: "MENTOR", status: "INVITED" });
    const token = await createLinkToken(db, user.id);
    await expect(setPasswordAction(token, idleState, form("a long enough password"))).rejects.toThrow(/NEXT_REDIRECT/);
    const statusOf = async (id: string) => (await db.participation.findUniqueOrThrow({ where: { id } })).status;
    expect(await statusOf(invited.id)).toBe("ACTIVE");
    expect(await statusOf(other.id)).toBe("WITHDRAWN");
    expect(await statusOf(someoneElse.id)).toBe("INVITED");
  });

  it("tells the link's page whose account it is, while the link is valid, to anyone who holds it", async () => {
    const user = await createUser(db, { password: null, name: "Nadia Karimi", email: "nadia@example.test" });
    const token = await createLinkToken(db, user.id);
    expect(await getPasswordLinkOwner(null, token)).toEqual({ name: "Nadia Karimi", email: "nadia@example.test", hasPassword: false });
    expect(await getPasswordLinkOwner(null, "x".repeat(43))).toBeNull();
    expect(await getPasswordLinkOwner(null, "short")).toBeNull();
    const someoneElse = await createUser(db, { password: null });
    const expired = await createLinkToken(db, someoneElse.id, { expired: true });
    expect(await getPasswordLinkOwner(null, expired)).toBeNull();
    await expect(setPasswordAction(token, idleState, form("a long enough password"))).rejects.toThrow(/NEXT_REDIRECT/);
    expect(await getPasswordLinkOwner(null, token)).toBeNull();
  });

  it("says what is wrong with the password and keeps the link usable", async () => {
    const user = await createUser(db, { password: null });
    const token = await createLinkToken(db, user.id);
    const short = await setPasswordAction(token, idleState, form("short"));
    expect(short).toMatchObject({ ok: false, fieldErrors: { password: ["Lösenordet måste ha minst 10 tecken."] } });
    const mismatch = await setPasswordAction(token, idleState, form("a long enough password", "something else entirely"));
    expect(mismatch).toMatchObject({ ok: false, fieldErrors: { confirm: ["Lösenorden är inte likadana."] } });
    expect((await db.oneTimeToken.findFirstOrThrow({ where: { userId: user.id } })).usedAt).toBeNull();
  });

  it("refuses an expired link and a made-up one", async () => {
    const user = await createUser(db, { password: null });
    const token = await createLinkToken(db, user.id, { expired: true });
    expect(await setPasswordAction(token, idleState, form("a long enough password"))).toMatchObject({ ok: false });
    expect(await setPasswordAction("x".repeat(43), idleState, form("a long enough password"))).toMatchObject({ ok: false });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBeNull();
  });

  it("emails the link in the person's language, to the person only", async () => {
    const programme = await createProgramme(db, { name: "Mentorskap" });
    const user = await createUser(db, { password: null, locale: "en", email: "new@example.test" });
    await sendPasswordLink(db, { id: user.id, name: user.name, email: "new@example.test", locale: "en" }, programme);
    const email = await db.outboxEmail.findFirstOrThrow();
    expect(email).toMatchObject({ toEmail: "new@example.test", locale: "en", template: "setPassword", programmeId: programme.id });
    expect(email.subject).toBe("Choose a password for Tandem");
    expect(email.bodyText).not.toMatch(/\/set-password\//);
    const [mail] = await mailbox.deliver();
    expect(mail!.to).toEqual(["new@example.test"]);
    expect(mail!.text).toMatch(/\/set-password\/[A-Za-z0-9_-]{43}/);
  });
});

describe("one link at a time", () => {
  it("an older link stops working when a new one is issued", async () => {
    const user = await createUser(db, { password: null });
    const older = await createLinkToken(db, user.id);
    const newer = await createLinkToken(db, user.id);
    expect(await getPasswordLinkOwner(null, older)).toBeNull();
    expect(await setPasswordAction(older, idleState, form("a long enough password"))).toMatchObject({ ok: false });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBeNull();
    await expect(setPasswordAction(newer, idleState, form("a long enough password"))).rejects.toThrow(/NEXT_REDIRECT/);
  });

  it("an older link stops working when a newer one is sent and delivered", async () => {
    const programme = await createProgramme(db);
    const user = await createUser(db, { password: null, email: "twice@example.test" });
    const person = { id: user.id, name: user.name, email: "twice@example.test", locale: "sv" as const };
    await sendPasswordLink(db, person, programme);
    const first = (await mailbox.linkTo("twice@example.test"))!.split("/").pop()!;
    await sendPasswordLink(db, person, programme);
    const second = (await mailbox.linkTo("twice@example.test"))!.split("/").pop()!;
    expect(second).not.toBe(first);
    expect(await getPasswordLinkOwner(null, first)).toBeNull();
    expect(await setPasswordAction(first, idleState, form("a long enough password"))).toMatchObject({ ok: false });
    expect(await getPasswordLinkOwner(null, second)).toMatchObject({ email: "twice@example.test" });
  });

  it("using a link revokes the person's other links", async () => {
    const user = await createUser(db, { password: null });
    const used = await createLinkToken(db, user.id);
    // Another link of the same kind, made directly as a second delivery would.
    const other = await createLinkToken(db, user.id);
    await db.oneTimeToken.updateMany({ where: { userId: user.id }, data: { revokedAt: null } });
    await expect(setPasswordAction(used, idleState, form("a long enough password"))).rejects.toThrow(/NEXT_REDIRECT/);
    expect(await getPasswordLinkOwner(null, other)).toBeNull();
    const rows = await db.oneTimeToken.findMany({ where: { userId: user.id } });
    expect(rows.filter((row) => row.usedAt === null).every((row) => row.revokedAt !== null)).toBe(true);
  });

  it("refuses a set-password link for an account that has a password, and leaves the password as it was", async () => {
    const user = await createUser(db, { email: "has@example.test" });
    const token = await createLinkToken(db, user.id);
    expect(await getPasswordLinkOwner(null, token)).toMatchObject({ hasPassword: true });
    const answer = await setPasswordAction(token, idleState, form("an attacker's password"));
    expect(answer).toMatchObject({ ok: false, message: expect.stringContaining("redan ett lösenord") });
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(stored.passwordHash!, TEST_PASSWORD)).toBe(true);
    expect((await cookies()).get("next-auth.session-token")).toBeUndefined();
  });
});
