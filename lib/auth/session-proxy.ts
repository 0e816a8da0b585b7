import { NextResponse, type NextRequest } from "next/server";
import { decode, encode } from "next-auth/jwt";
import { isStampDue, nowInSeconds, readClaims, secondsLeft, sessionCookieNames, sessionCookieOptions } from "@/lib/auth/session-claims";
import { paths } from "@/lib/paths";

// What the proxy does with the session cookie on the way to a signed-in page. Server components
// cannot set cookies, so the session's activity stamp is renewed here, on opening a page (a GET
// that is not a prefetch): a session nobody opens a page with for two hours ends. Form posts do
// not renew it, so the cookie an action sets (a new session, signing out) is never overwritten.
// The proxy is convenience: whether the session is still valid (its version, its age) is checked
// again where it is read, in the jwt callback of lib/auth/options.ts.

function secret(): string {
  return process.env.NEXTAUTH_SECRET ?? "";
}

function toSignIn(request: NextRequest, present: string[]): NextResponse {
  const response = NextResponse.redirect(new URL(paths.login(), request.url));
  for (const name of present) response.cookies.delete(name);
  return response;
}

const isPageView = (request: NextRequest) =>
  request.method === "GET" &&
  !request.headers.has("next-router-prefetch") &&
  request.headers.get("sec-purpose") !== "prefetch" &&
  request.headers.get("purpose") !== "prefetch";

/**
 * Sends a visitor whose cookie is missing, unreadable, idle too long or too old to the sign-in
 * page, and renews the activity stamp of a live session when it is due.
 */
export async function guardSession(request: NextRequest): Promise<NextResponse> {
  const present = sessionCookieNames.filter((name) => request.cookies.has(name));
  const name = present[0];
  if (!name) return toSignIn(request, present);
  const token = await decode({ token: request.cookies.get(name)!.value, secret: secret() }).catch(() => null);
  const claims = readClaims(token);
  const now = nowInSeconds();
  if (!token || !claims || secondsLeft(claims, now) === 0) return toSignIn(request, present);
  if (!isPageView(request) || !isStampDue(claims, now)) return NextResponse.next();

  const renewed = { ...claims, seenAt: now };
  const maxAge = secondsLeft(renewed, now);
  const value = await encode({ token: { ...token, seenAt: now }, secret: secret(), maxAge });
  // The page rendered for this request reads the renewed cookie too.
  request.cookies.set(name, value);
  const response = NextResponse.next({ request: { headers: request.headers } });
  response.cookies.set(name, value, sessionCookieOptions(name.startsWith("__Secure-"), maxAge));
  return response;
}
