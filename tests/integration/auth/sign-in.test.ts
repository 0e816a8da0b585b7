import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { authenticate } from "@/lib/auth/sign-in";
import { addressRule, pairKey, pairRule } from "@/lib/auth/sign-in-throttle";
import { createUser, TEST_PASSWORD } from "@/tests/factories/users";

describe("signing in", () => {
  it("accepts the right password, whatever the case of the email, and records it", async () => {
    const user = await createUser(db, { email: "amira@example.test" });
    const result = await authenticate({ email: "  Amira@Example.TEST ", password: TEST_PASSWORD }, "10.0.0.1");
    expect(result).toEqual({ ok: true, user: { id: user.id, name: user.name, email: "amira@example.test" } });
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.lastSignInAt).not.toBeNull();
    expect(await db.auditEntry.count({ where: { action: "auth.sign_in", actorId: user.id } })).toBe(1);
  });

  it("gives the same answer for a wrong password, an unknown email and malformed input", async () => {
    await createUser(db, { email: "amira@example.test" });
    expect(await authenticate({ email: "amira@example.test", password: "wrong" }, null)).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate({ email: "nobody@example.test", password: "wrong" }, null)).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate({ email: "not an email", password: "" }, null)).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses an account without a password and an erased one", async () => {
    await createUser(db, { email: "invited@example.test", password: null });
    const erased = await createUser(db, { email: "erased@example.test" });
    await db.user.update({ where: { id: erased.id }, data: { erasedAt: new Date() } });
    expect(await authenticate({ email: "invited@example.test", password: TEST_PASSWORD }, null)).toMatchObject({ ok: false });
    expect(await authenticate({ email: "erased@example.test", password: TEST_PASSWORD }, null)).toMatchObject({ ok: false });
  });

  it("holds back an account from an address after too many failures there, also for the right password", async () => {
    await createUser(db, { email: "target@example.test" });
    await createUser(db, { email: "bystander@example.test" });
    const results = [];
    for (let i = 0; i < pairRule.limit; i++) {
      results.push(await authenticate({ email: "target@example.test", password: `wrong-${i}` }, "10.0.0.66"));
    }
    expect(results.slice(0, -1).every((result) => !result.ok && result.reason === "invalid")).toBe(true);
    expect(results.at(-1)).toEqual({ ok: false, reason: "locked" });
    expect(await authenticate({ email: "target@example.test", password: TEST_PASSWORD }, "10.0.0.66")).toEqual({
      ok: false,
      reason: "locked",
    });
    expect(await authenticate({ email: "bystander@example.test", password: TEST_PASSWORD }, "10.0.0.66")).toMatchObject({ ok: true });
  });

  it("does not keep the owner out with wrong passwords sent from other addresses", async () => {
    const owner = await createUser(db, { email: "admin@example.test" });
    // Someone guessing from several addresses, each up to its limit and past it.
    for (const attacker of ["203.0.113.5", "203.0.113.6", "203.0.113.7"]) {
      for (let i = 0; i < pairRule.limit + 2; i++) {
        await authenticate({ email: "admin@example.test", password: `guess-${i}` }, attacker);
      }
      expect(await authenticate({ email: "admin@example.test", password: TEST_PASSWORD }, attacker)).toEqual({
        ok: false,
        reason: "locked",
      });
    }
    expect(await authenticate({ email: "Admin@example.test", password: TEST_PASSWORD }, "10.0.0.7")).toEqual({
      ok: true,
      user: { id: owner.id, name: owner.name, email: "admin@example.test" },
    });
  });

  it("counts failures from one address across accounts", async () => {
    await createUser(db, { email: "someone@example.test" });
    for (let i = 0; i < addressRule.limit; i++) {
      await authenticate({ email: `guess-${i}@example.test`, password: "x" }, "192.0.2.7");
    }
    expect(await authenticate({ email: "someone@example.test", password: TEST_PASSWORD }, "192.0.2.7")).toEqual({
      ok: false,
      reason: "locked",
    });
    expect(await authenticate({ email: "someone@example.test", password: TEST_PASSWORD }, "192.0.2.8")).toMatchObject({ ok: true });
  });

  it("counts concurrent failures without losing any", async () => {
    await createUser(db, { email: "target@example.test" });
    await Promise.all(Array.from({ length: 4 }, (_, i) => authenticate({ email: "target@example.test", password: `wrong-${i}` }, null)));
    const row = await db.rateLimit.findUniqueOrThrow({ where: { key: pairKey("target@example.test", null) } });
    expect(row.hits).toBe(4);
  });

  it("clears the failures of the account from that address after a success", async () => {
    await createUser(db, { email: "target@example.test" });
    await authenticate({ email: "target@example.test", password: "wrong" }, "10.0.0.1");
    await authenticate({ email: "target@example.test", password: TEST_PASSWORD }, "10.0.0.1");
    expect(await db.rateLimit.findUnique({ where: { key: pairKey("target@example.test", "10.0.0.1") } })).toBeNull();
  });
});
