import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/session";
import { calendarDownload } from "@/lib/calendar/calendar-download";
import { getNextMeetingCalendar } from "@/lib/pairs/next-meeting-queries";

/** The pair's planned next meeting as a calendar file, for the pair's mentor; not found for anyone else. */
export async function GET(_request: Request, { params }: RouteContext<"/mentor/pairs/[pairId]/next-meeting.ics">) {
  const { pairId } = await params;
  const file = await getNextMeetingCalendar(await requireViewer(), pairId, "MENTOR");
  if (!file) notFound();
  return calendarDownload(file.text, file.fileName);
}
