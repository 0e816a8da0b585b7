import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { idleState } from "@/lib/actions/action-state";
import { signInAction } from "@/lib/accounts/sign-in-actions";
import { sendSignInLinkAction, signInWithLinkAction } from "@/lib/accounts/sign-in-link-actions";
import { getSignInLinkOwner } from "@/lib/accounts/sign-in-link-queries";
import { signInLinkRecipientRule } from "@/lib/accounts/sign-in-links";
import { getViewer } from "@/lib/auth/session";
import { pairRule } from "@/lib/auth/sign-in-throttle";
import { usableToken } from "@/tests/factories/tokens";
import { createUser, TEST_PASSWORD } from "@/tests/factories/users";
import { testMailbox } from "@/tests/setup/mailbox";
import { currentCookie } from "./cookie-session";

// While wrong passwords hold an address back, the owner of the account gets in by a one-time link
// sent to the account's own email address.

vi.mock("next-auth", async (importOriginal) => {
  const { sessionFromCookie } = await import("./cookie-session");
  return { ...(await importOriginal<typeof import("next-auth")>()), getServerSession: sessionFromCookie };
});

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

const sent = (email: string) =>
  `Om ${email} hör till ett konto i Tandem är en inloggningslänk på väg dit. Den fungerar en gång och i 30 minuter.`;
const invalid = "Länken är redan använd, har gått ut eller är fel. Gå till inloggningen och logga in igen.";

async function askForLink(email: string) {
  return sendSignInLinkAction(idleState, form({ email }));
}

const mailbox = testMailbox();

/** The token of the newest sign-in link that reached the address, once the outbox is delivered. */
async function linkSentTo(email: string): Promise<string> {
  const link = await mailbox.linkTo(email, "login/link");
  expect(link).not.toBeNull();
  return link!.split("/").pop()!;
}

describe("a sign-in link by email", () => {
  it("is offered once wrong passwords hold the address back, and signs the owner in once", async () => {
    const user = await createUser(db, { email: "amira@example.test", name: "Amira Haddad" });
    let answer = await signInAction(idleState, form({ email: "amira@example.test", password: "wrong" }));
    expect(answer).not.toHaveProperty("offerLink");
    for (let i = 1; i < pairRule.limit; i++)
      answer = await signInAction(idleState, form({ email: "amira@example.test", password: "wrong" }));
    expect(answer).toMatchObject({ ok: false, offerLink: true, message: expect.stringContaining("För många misslyckade försök") });

    expect(await askForLink("Amira@Example.test")).toEqual({ ok: true, message: sent("amira@example.test") });
    const email = await db.outboxEmail.findFirstOrThrow();
    expect(email).toMatchObject({ toEmail: "amira@example.test", template: "signInLink", userId: user.id, programmeId: null });
    expect(email.subject).toBe("Din inloggningslänk till Tandem");
    const token = await linkSentTo("amira@example.test");
    expect(await getSignInLinkOwner(null, token)).toEqual({ name: "Amira Haddad", email: "amira@example.test" });

    await expect(signInWithLinkAction(token, idleState, new FormData())).rejects.toMatchObject({
      digest: expect.stringMatching(/^NEXT_REDIRECT;\w+;\/;/),
    });
    expect(await currentCookie()).toBeDefined();
    expect((await getViewer())?.id).toBe(user.id);
    expect(await db.auditEntry.count({ where: { action: "auth.sign_in_link", actorId: user.id } })).toBe(1);
    // The owner's password works again from here.
    await expect(signInAction(idleState, form({ email: "amira@example.test", password: TEST_PASSWORD }))).rejects.toThrow(/NEXT_REDIRECT/);

    // Once only.
    expect(await signInWithLinkAction(token, idleState, new FormData())).toMatchObject({ ok: false, message: invalid });
    expect(await getSignInLinkOwner(null, token)).toBeNull();
  });

  it("expires after 30 minutes", async () => {
    await createUser(db, { email: "amira@example.test" });
    const before = Date.now();
    await askForLink("amira@example.test");
    const row = await db.oneTimeToken.findFirstOrThrow({ where: { purpose: "SIGN_IN" } });
    expect(row.expiresAt.getTime() - before).toBeGreaterThan(29 * 60_000);
    expect(row.expiresAt.getTime() - before).toBeLessThanOrEqual(31 * 60_000);

    const token = await linkSentTo("amira@example.test");
    await db.oneTimeToken.update({ where: { id: row.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await getSignInLinkOwner(null, token)).toBeNull();
    expect(await signInWithLinkAction(token, idleState, new FormData())).toMatchObject({ ok: false, message: invalid });
    expect(await currentCookie()).toBeUndefined();
  });

  it("answers the same whether or not the address has an account, and emails only an account that can sign in", async () => {
    await createUser(db, { email: "invited@example.test", password: null });
    const erased = await createUser(db, { email: "erased@example.test" });
    await db.user.update({ where: { id: erased.id }, data: { erasedAt: new Date() } });
    for (const email of ["nobody@example.test", "invited@example.test", "erased@example.test"]) {
      expect(await askForLink(email)).toEqual({ ok: true, message: sent(email) });
    }
    expect(await db.outboxEmail.count()).toBe(0);
    expect(await db.oneTimeToken.count()).toBe(0);
  });

  it("goes out a few times an hour to one address at most, with the same answer after that", async () => {
    await createUser(db, { email: "amira@example.test" });
    for (let i = 0; i <= signInLinkRecipientRule.limit; i++) {
      expect(await askForLink("amira@example.test")).toEqual({ ok: true, message: sent("amira@example.test") });
    }
    expect(await db.outboxEmail.count()).toBe(signInLinkRecipientRule.limit);
  });

  it("says what is wrong with the address", async () => {
    expect(await askForLink("not an address")).toMatchObject({
      ok: false,
      fieldErrors: { email: ["Skriv en e-postadress som namn@exempel.se."] },
    });
  });

  it("is not signed in by a link of another kind or a made-up one", async () => {
    const user = await createUser(db, { email: "amira@example.test" });
    const setPassword = await usableToken(db, user.id, "SET_PASSWORD");
    expect(await signInWithLinkAction(setPassword, idleState, new FormData())).toMatchObject({ ok: false, message: invalid });
    expect(await signInWithLinkAction("x".repeat(43), idleState, new FormData())).toMatchObject({ ok: false, message: invalid });
    expect(await signInWithLinkAction("short", idleState, new FormData())).toMatchObject({
      ok: false,
      message: "Det här finns inte, eller så har du inte tillgång till det.",
    });
    expect(await getSignInLinkOwner(null, setPassword)).toBeNull();
    expect(await currentCookie()).toBeUndefined();
  });
});
