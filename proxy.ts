import { NextResponse, type NextRequest } from "next/server";
import { paths } from "@/lib/paths";

// Convenience only: people without a session cookie are sent to sign in before a protected page
// renders. Whether they may see anything is decided by the pages and actions themselves.
const sessionCookies = ["next-auth.session-token", "__Secure-next-auth.session-token"];

/**
 * A page being opened, as opposed to a form being sent. A form sent after the session ended
 * goes on to its action, which answers "signed out" with what was typed; redirecting it would
 * lose the typing and end on the error page.
 */
function isPageView(request: NextRequest): boolean {
  return request.method === "GET" || request.method === "HEAD";
}

export function proxy(request: NextRequest) {
  if (!isPageView(request)) return NextResponse.next();
  const signedIn = sessionCookies.some((name) => request.cookies.has(name));
  if (!signedIn) return NextResponse.redirect(new URL(paths.login(), request.url));
  return NextResponse.next();
}

export const config = {
  matcher: ["/coordinator/:path*", "/mentor/:path*", "/mentee/:path*", "/account/:path*", "/profile/:path*"],
};
