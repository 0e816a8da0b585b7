import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { idleState } from "@/lib/actions/action-state";
import { changePasswordAction } from "@/lib/accounts/password-actions";
import { getResetLinkOwner } from "@/lib/accounts/password-queries";
import { verifyPassword } from "@/lib/auth/password";
import { actAs } from "@/tests/setup/acting";
import { createLinkToken } from "@/tests/factories/one-time-links";
import { createUser, TEST_PASSWORD } from "@/tests/factories/users";

function form(currentPassword: string, password = "a brand new password", confirm = password) {
  const data = new FormData();
  data.set("currentPassword", currentPassword);
  data.set("password", password);
  data.set("confirm", confirm);
  return data;
}

async function passwordOf(userId: string, password: string) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  return verifyPassword(user.passwordHash!, password);
}

describe("changing the password while signed in", () => {
  it("needs the current password, then saves the new one, tells the owner and ends the account's links", async () => {
    const user = await createUser(db, { email: "me@example.test" });
    const resetLink = await createLinkToken(db, user.id, { purpose: "RESET_PASSWORD" });
    expect(await getResetLinkOwner(null, resetLink)).not.toBeNull();
    actAs(user);
    expect(await changePasswordAction(idleState, form(TEST_PASSWORD))).toEqual({ ok: true, message: expect.stringContaining("bytt") });
    expect(await passwordOf(user.id, "a brand new password")).toBe(true);
    const notice = await db.outboxEmail.findFirstOrThrow();
    expect(notice).toMatchObject({ toEmail: "me@example.test", template: "passwordChanged", programmeId: null });
    expect(await db.auditEntry.count({ where: { action: "auth.change_password", actorId: user.id } })).toBe(1);
    expect(await getResetLinkOwner(null, resetLink)).toBeNull();
  });

  it("refuses a wrong current password next to its field, and sends nothing typed back", async () => {
    const user = await createUser(db);
    actAs(user);
    const answer = await changePasswordAction(idleState, form("not my password"));
    expect(answer).toEqual({ ok: false, fieldErrors: { currentPassword: ["Det nuvarande lösenordet är fel."] } });
    expect(await passwordOf(user.id, TEST_PASSWORD)).toBe(true);
    expect(await db.outboxEmail.count()).toBe(0);

    const mismatch = await changePasswordAction(idleState, form(TEST_PASSWORD, "a brand new password", "another one entirely"));
    expect(mismatch).toEqual({ ok: false, fieldErrors: { confirm: ["Lösenorden är inte likadana."] } });
  });

  it("stops trying after a few wrong current passwords, even with the right one", async () => {
    const user = await createUser(db);
    actAs(user);
    for (let i = 0; i < 5; i++) await changePasswordAction(idleState, form(`wrong ${i}`));
    expect(await changePasswordAction(idleState, form(TEST_PASSWORD))).toMatchObject({
      ok: false,
      message: expect.stringContaining("För många"),
    });
    expect(await passwordOf(user.id, TEST_PASSWORD)).toBe(true);
  });

  it("is refused when signed out", async () => {
    actAs(null);
    expect(await changePasswordAction(idleState, form(TEST_PASSWORD))).toMatchObject({
      ok: false,
      message: expect.stringContaining("inte inloggad"),
    });
  });
});
