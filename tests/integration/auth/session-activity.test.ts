import { afterEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { db } from "@/lib/db";
import { getViewer } from "@/lib/auth/session";
import { activityStampSeconds, sessionIdleSeconds, sessionMaxAgeSeconds } from "@/lib/auth/session-claims";
import { startSession } from "@/lib/auth/session-cookie";
import { guardSession } from "@/lib/auth/session-proxy";
import { createUser } from "@/tests/factories/users";
import { cookieName, currentCookie, sendCookie } from "./cookie-session";

// The idle timeout: opening a page renews the session's activity stamp in the proxy (server
// components cannot set cookies); a session nobody opens a page with for two hours ends.

vi.mock("next-auth", async (importOriginal) => {
  const { sessionFromCookie } = await import("./cookie-session");
  return { ...(await importOriginal<typeof import("next-auth")>()), getServerSession: sessionFromCookie };
});

afterEach(() => {
  vi.useRealTimers();
});

let start = 0;
const at = (seconds: number) => vi.setSystemTime(start + seconds * 1000);

/** A browser's request for a signed-in page, with the given session cookie. */
function request(cookie: string | undefined, init: { method?: string; headers?: Record<string, string> } = {}) {
  const headers = new Headers(init.headers);
  if (cookie) headers.set("cookie", `${cookieName}=${cookie}`);
  return new NextRequest("http://localhost:3000/coordinator", { method: init.method ?? "GET", headers });
}

/** The cookie the proxy's answer gives the browser: the renewed value, "" when it is deleted, or undefined. */
function setCookie(response: Response): string | undefined {
  const header = response.headers.getSetCookie().find((line) => line.startsWith(`${cookieName}=`));
  return header?.slice(cookieName.length + 1).split(";")[0];
}

const isSignInRedirect = (response: Response) =>
  response.status === 307 && response.headers.get("location") === "http://localhost:3000/login";

async function signedIn() {
  const user = await createUser(db);
  vi.useFakeTimers({ toFake: ["Date"] });
  start = Date.now();
  await startSession({ id: user.id, name: user.name, email: user.email! });
  return { user, cookie: (await currentCookie())! };
}

async function viewerWith(cookie: string) {
  await sendCookie(cookie);
  return (await getViewer())?.id ?? null;
}

describe("the proxy in front of signed-in pages", () => {
  it("sends a visitor without a session, or with an unreadable one, to sign in", async () => {
    expect(isSignInRedirect(await guardSession(request(undefined)))).toBe(true);
    const garbage = await guardSession(request("not a session"));
    expect(isSignInRedirect(garbage)).toBe(true);
    expect(setCookie(garbage)).toBe("");
  });

  it("lets a fresh session through without re-issuing its cookie", async () => {
    const { cookie } = await signedIn();
    at(activityStampSeconds - 10);
    const response = await guardSession(request(cookie));
    expect(response.status).toBe(200);
    expect(setCookie(response)).toBeUndefined();
  });

  it("renews the activity stamp on opening a page, not on a form post or a prefetch", async () => {
    const { cookie } = await signedIn();
    at(activityStampSeconds + 10);
    expect(setCookie(await guardSession(request(cookie, { method: "POST" })))).toBeUndefined();
    expect(setCookie(await guardSession(request(cookie, { headers: { "next-router-prefetch": "1" } })))).toBeUndefined();
    const response = await guardSession(request(cookie));
    expect(response.status).toBe(200);
    const renewed = setCookie(response);
    expect(renewed).toBeTruthy();
    expect(renewed).not.toBe(cookie);
    // The page rendered for this request reads the renewed cookie as well.
    expect(response.headers.get("x-middleware-request-cookie")).toContain(renewed);
  });

  it("keeps an active session going past two hours, ends an idle one, and ends any after twelve hours", async () => {
    const { user, cookie } = await signedIn();
    let live = cookie;
    for (let hour = 1; hour * 3600 < sessionMaxAgeSeconds; hour++) {
      at(hour * 3600);
      live = setCookie(await guardSession(request(live))) ?? live;
      expect(await viewerWith(live)).toBe(user.id);
    }
    // The cookie nobody used since signing in ended long ago.
    expect(await viewerWith(cookie)).toBeNull();
    expect(isSignInRedirect(await guardSession(request(cookie)))).toBe(true);

    at(sessionMaxAgeSeconds + 1);
    const late = await guardSession(request(live));
    expect(isSignInRedirect(late)).toBe(true);
    expect(setCookie(late)).toBe("");
    expect(await viewerWith(live)).toBeNull();
  });

  it("ends a session two hours after its last page, to the second", async () => {
    const { user, cookie } = await signedIn();
    at(sessionIdleSeconds - 1);
    expect(await viewerWith(cookie)).toBe(user.id);
    at(sessionIdleSeconds);
    expect(await viewerWith(cookie)).toBeNull();
    expect(isSignInRedirect(await guardSession(request(cookie)))).toBe(true);
  });
});
