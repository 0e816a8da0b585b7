import type { NextRequest } from "next/server";
import { guardSession } from "@/lib/auth/session-proxy";

// Convenience only: people without a live session cookie are sent to sign in before a protected
// page renders, and opening a page renews the session's activity stamp (the idle timeout, decision
// 0002). Whether they may see anything is decided by the pages and actions themselves.
export function proxy(request: NextRequest) {
  return guardSession(request);
}

export const config = {
  matcher: ["/coordinator/:path*", "/mentor/:path*", "/mentee/:path*", "/account/:path*", "/profile/:path*"],
};
