import { describe, expect, it } from "vitest";
import { cookies } from "next/headers";
import { db } from "@/lib/db";
import { idleState } from "@/lib/actions/action-state";
import { createOneTimeToken } from "@/lib/auth/one-time-tokens";
import { verifyPassword } from "@/lib/auth/password";
import { setPasswordAction } from "@/lib/accounts/password-actions";
import { getPasswordLinkOwner } from "@/lib/accounts/password-queries";
import { sendPasswordLink } from "@/lib/accounts/password-links";
import { createCohort } from "@/tests/factories/cohorts";
import { createParticipation } from "@/tests/factories/participations";
import { createProgramme } from "@/tests/factories/programmes";
import { createUser } from "@/tests/factories/users";

function form(password: string, confirm = password) {
  const data = new FormData();
  data.set("password", password);
  data.set("confirm", confirm);
  return data;
}

describe("choosing a password through a one-time link", () => {
  it("sets the password, uses the link up, signs the person in, and refuses the link the second time", async () => {
    const user = await createUser(db, { password: null });
    const token = await createOneTimeToken(db, user.id, "SET_PASSWORD");
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
    const token = await createOneTimeToken(db, user.id, "SET_PASSWORD");
    await expect(setPasswordAction(token, idleState, form("a long enough password"))).rejects.toThrow(/NEXT_REDIRECT/);
    const statusOf = async (id: string) => (await db.participation.findUniqueOrThrow({ where: { id } })).status;
    expect(await statusOf(invited.id)).toBe("ACTIVE");
    expect(await statusOf(other.id)).toBe("WITHDRAWN");
    expect(await statusOf(someoneElse.id)).toBe("INVITED");
  });

  it("tells the link's page whose account it is, while the link is valid, to anyone who holds it", async () => {
    const user = await createUser(db, { password: null, name: "Nadia Karimi", email: "nadia@example.test" });
    const token = await createOneTimeToken(db, user.id, "SET_PASSWORD");
    expect(await getPasswordLinkOwner(null, token)).toEqual({ name: "Nadia Karimi", email: "nadia@example.test" });
    expect(await getPasswordLinkOwner(null, "x".repeat(43))).toBeNull();
    expect(await getPasswordLinkOwner(null, "short")).toBeNull();
    const expired = await createOneTimeToken(db, user.id, "SET_PASSWORD", -1);
    expect(await getPasswordLinkOwner(null, expired)).toBeNull();
    await expect(setPasswordAction(token, idleState, form("a long enough password"))).rejects.toThrow(/NEXT_REDIRECT/);
    expect(await getPasswordLinkOwner(null, token)).toBeNull();
  });

  it("says what is wrong with the password and keeps the link usable", async () => {
    const user = await createUser(db, { password: null });
    const token = await createOneTimeToken(db, user.id, "SET_PASSWORD");
    const short = await setPasswordAction(token, idleState, form("short"));
    expect(short).toMatchObject({ ok: false, fieldErrors: { password: ["Lösenordet måste ha minst 10 tecken."] } });
    const mismatch = await setPasswordAction(token, idleState, form("a long enough password", "something else entirely"));
    expect(mismatch).toMatchObject({ ok: false, fieldErrors: { confirm: ["Lösenorden är inte likadana."] } });
    expect((await db.oneTimeToken.findFirstOrThrow({ where: { userId: user.id } })).usedAt).toBeNull();
  });

  it("refuses an expired link and a made-up one", async () => {
    const user = await createUser(db, { password: null });
    const token = await createOneTimeToken(db, user.id, "SET_PASSWORD", -1);
    expect(await setPasswordAction(token, idleState, form("a long enough password"))).toMatchObject({ ok: false });
    expect(await setPasswordAction("x".repeat(43), idleState, form("a long enough password"))).toMatchObject({ ok: false });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBeNull();
  });

  it("emails the link in the person's language", async () => {
    const programme = await createProgramme(db, { name: "Mentorskap" });
    const user = await createUser(db, { password: null, locale: "en", email: "new@example.test" });
    await sendPasswordLink(db, { id: user.id, name: user.name, email: "new@example.test", locale: "en" }, programme);
    const email = await db.outboxEmail.findFirstOrThrow();
    expect(email).toMatchObject({ toEmail: "new@example.test", locale: "en", template: "setPassword", programmeId: programme.id });
    expect(email.subject).toBe("Choose a password for Tandem");
    expect(email.bodyText).toMatch(/\/set-password\/[A-Za-z0-9_-]{43}/);
  });
});
