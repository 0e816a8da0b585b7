import { notFound } from "next/navigation";
import { calendarResponse } from "@/lib/calendar/calendar-response";
import { cohortFeedFor } from "@/lib/cohorts/session-calendar";

/**
 * A cohort's joint sessions as a feed for calendar apps, which fetch it without signing in: the
 * token in the address is the person's own (decision 0018). A wrong or revoked token is not found.
 */
export async function GET(_request: Request, { params }: RouteContext<"/calendar/feed/[token]">) {
  const { token } = await params;
  const body = await cohortFeedFor(token.replace(/\.ics$/, ""));
  if (body === null) notFound();
  return calendarResponse(body, { fileName: "tandem.ics", download: false });
}
