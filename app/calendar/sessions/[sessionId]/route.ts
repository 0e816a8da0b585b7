import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/session";
import { calendarResponse } from "@/lib/calendar/calendar-response";
import { getSessionCalendar } from "@/lib/cohorts/session-calendar-queries";

/** One joint session as an .ics file, for its cohort's participants and the programme's coordinators. */
export async function GET(_request: Request, { params }: RouteContext<"/calendar/sessions/[sessionId]">) {
  const { sessionId } = await params;
  const file = await getSessionCalendar(await requireViewer(), sessionId.replace(/\.ics$/, ""));
  if (!file) notFound();
  return calendarResponse(file.body, { fileName: file.fileName, download: true });
}
