import { NextResponse, type NextRequest } from "next/server";
import { guardSession } from "@/lib/auth/session-proxy";

// Convenience only: people without a live session cookie are sent to sign in before a protected
// page renders, and opening a page renews the session's activity stamp (the idle timeout, decision
// 0002). Whether they may see anything is decided by the pages and actions themselves. A form sent
// after the session ended goes on to its action, which answers "signed out" with what was typed;
// redirecting it would lose the typing.
export function proxy(request: NextRequest) {
  if (request.method !== "GET" && request.method !== "HEAD") return NextResponse.next();
  return guardSession(request);
}

export const config = {
  matcher: ["/coordinator/:path*", "/mentor/:path*", "/mentee/:path*", "/account/:path*", "/profile/:path*"],
};
