import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { idleState } from "@/lib/actions/action-state";
import { setPasswordAction } from "@/lib/accounts/password-actions";
import { signInAction, signOutAction, signOutOtherDevicesAction } from "@/lib/accounts/sign-in-actions";
import { usableToken } from "@/tests/factories/tokens";
import { authOptions } from "@/lib/auth/options";
import { getViewer } from "@/lib/auth/session";
import { sessionIdleSeconds, sessionMaxAgeSeconds } from "@/lib/auth/session-claims";
import { startSession } from "@/lib/auth/session-cookie";
import { endAllSessions } from "@/lib/auth/session-version";
import { decode } from "next-auth/jwt";
import { createUser, TEST_PASSWORD } from "@/tests/factories/users";
import { currentCookie, sendCookie } from "./cookie-session";

// These tests read the session from the cookie, as every request does.
vi.mock("next-auth", async (importOriginal) => {
  const { sessionFromCookie } = await import("./cookie-session");
  return { ...(await importOriginal<typeof import("next-auth")>()), getServerSession: sessionFromCookie };
});

function signInForm(email: string, password = TEST_PASSWORD) {
  const data = new FormData();
  data.set("email", email);
  data.set("password", password);
  return data;
}

/** Signs the person in through the sign-in form and returns the cookie it set. */
async function signIn(email: string): Promise<string> {
  await expect(signInAction(idleState, signInForm(email))).rejects.toThrow(/NEXT_REDIRECT/);
  return (await currentCookie())!;
}

/** Who a browser sending this cookie is, as a page would see them. */
async function viewerWith(cookie: string | undefined) {
  await sendCookie(cookie);
  return (await getViewer())?.id ?? null;
}

afterEach(() => {
  vi.useRealTimers();
});

describe("a session", () => {
  it("is read from its cookie", async () => {
    const user = await createUser(db, { email: "amira@example.test" });
    expect(await viewerWith(await signIn("amira@example.test"))).toBe(user.id);
    expect(await viewerWith(undefined)).toBeNull();
    expect(await viewerWith("not a session")).toBeNull();
  });

  it("ends with signing out: a copy of the cookie kept from before no longer signs anyone in", async () => {
    const user = await createUser(db, { email: "amira@example.test" });
    const copied = await signIn("amira@example.test");
    const elsewhere = await signIn("amira@example.test");
    expect(await viewerWith(copied)).toBe(user.id);

    await expect(signOutAction(new FormData())).rejects.toThrow(/NEXT_REDIRECT/);
    expect(await currentCookie()).toBeUndefined();
    expect(await viewerWith(copied)).toBeNull();
    // Signing out ends every session of the account.
    expect(await viewerWith(elsewhere)).toBeNull();
    // Signing in again works, with a new cookie.
    expect(await viewerWith(await signIn("amira@example.test"))).toBe(user.id);
  });

  it("ends on every other device with 'sign out on other devices', and goes on here", async () => {
    const user = await createUser(db, { email: "amira@example.test" });
    const someone = await createUser(db, { email: "someone@example.test" });
    const phone = await signIn("amira@example.test");
    const otherPerson = await signIn("someone@example.test");
    await signIn("amira@example.test");

    const answer = await signOutOtherDevicesAction(idleState, new FormData());
    expect(answer).toEqual({ ok: true, message: "Du är utloggad på alla andra enheter. Här är du fortfarande inloggad." });
    expect(await viewerWith(await currentCookie())).toBe(user.id);
    expect(await viewerWith(phone)).toBeNull();
    expect(await viewerWith(otherPerson)).toBe(someone.id);
    expect(await db.auditEntry.count({ where: { action: "auth.sign_out_other_devices", actorId: user.id } })).toBe(1);
  });

  it("refuses 'sign out on other devices' to someone not signed in", async () => {
    expect(await signOutOtherDevicesAction(idleState, new FormData())).toMatchObject({
      ok: false,
      message: "Du är inte inloggad längre. Logga in och försök igen.",
    });
  });

  it("ends on other devices when a new password is set, and the person who set it stays signed in", async () => {
    const user = await createUser(db, { password: null });
    await startSession({ id: user.id, name: user.name, email: user.email! });
    const before = await currentCookie();
    expect(await viewerWith(before)).toBe(user.id);

    const token = await usableToken(db, user.id, "SET_PASSWORD");
    const form = new FormData();
    form.set("password", "a long enough password");
    form.set("confirm", "a long enough password");
    await expect(setPasswordAction(token, idleState, form)).rejects.toThrow(/NEXT_REDIRECT/);
    expect(await viewerWith(await currentCookie())).toBe(user.id);
    expect(await viewerWith(before)).toBeNull();
  });

  it("ends for the erased and for anyone whose sessions were ended, by endAllSessions", async () => {
    const user = await createUser(db, { email: "amira@example.test" });
    const cookie = await signIn("amira@example.test");
    await db.$transaction((tx) => endAllSessions(tx, user.id));
    expect(await viewerWith(cookie)).toBeNull();

    const again = await signIn("amira@example.test");
    await db.user.update({ where: { id: user.id }, data: { erasedAt: new Date() } });
    expect(await viewerWith(again)).toBeNull();
  });

  it("ends after two hours unused, and after twelve hours however used", async () => {
    const user = await createUser(db, { email: "amira@example.test" });
    vi.useFakeTimers({ toFake: ["Date"] });
    const start = Date.now();
    const cookie = await signIn("amira@example.test");

    vi.setSystemTime(start + (sessionIdleSeconds - 60) * 1000);
    expect(await viewerWith(cookie)).toBe(user.id);
    vi.setSystemTime(start + (sessionIdleSeconds + 1) * 1000);
    expect(await viewerWith(cookie)).toBeNull();

    // A cookie whose activity stamp is fresh still ends twelve hours after signing in.
    const claims = (await decode({ token: cookie, secret: process.env.NEXTAUTH_SECRET! }))!;
    const { encode } = await import("next-auth/jwt");
    const lateAt = start + sessionMaxAgeSeconds * 1000 + 1000;
    vi.setSystemTime(lateAt);
    const stamped = await encode({ token: { ...claims, seenAt: Math.floor(lateAt / 1000) }, secret: process.env.NEXTAUTH_SECRET! });
    expect(await viewerWith(stamped)).toBeNull();
  });

  it("is checked by next-auth's own route the same way, which also ends every session on signing out there", async () => {
    const user = await createUser(db, { email: "amira@example.test" });
    const token = (await decode({ token: await signIn("amira@example.test"), secret: process.env.NEXTAUTH_SECRET! }))!;
    await expect(authOptions.callbacks!.jwt!({ token } as never)).resolves.toMatchObject({ uid: user.id });
    await authOptions.events!.signOut!({ token, session: null as never });
    await expect(authOptions.callbacks!.jwt!({ token } as never)).rejects.toThrow();
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(1);
  });
});
