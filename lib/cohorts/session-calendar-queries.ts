import "server-only";
import { appUrl } from "@/lib/app-url";
import { canManageProgramme, type Viewer } from "@/lib/auth/policy";
import { calendarFile, calendarFileName } from "@/lib/calendar/calendar-file";
import { followingStatuses, sessionEvent, sessionEventSelect } from "@/lib/cohorts/session-calendar";
import { toStockholmParts } from "@/lib/cohorts/stockholm-time";
import { db } from "@/lib/db";
import { isId } from "@/lib/ids";
import { paths } from "@/lib/paths";

// One joint session as a calendar file, for the people of its cohort and its coordinators.

/**
 * The session's .ics file, or null (not found) unless the viewer takes part in its cohort (not
 * withdrawn) or runs its programme.
 */
export async function getSessionCalendar(viewer: Viewer, sessionId: unknown): Promise<{ fileName: string; body: string } | null> {
  if (!isId(sessionId)) return null;
  const session = await db.jointSession.findUnique({
    where: { id: sessionId, cohort: { archivedAt: null, programme: { archivedAt: null } } },
    select: {
      ...sessionEventSelect,
      cohortId: true,
      cohort: {
        select: {
          name: true,
          programmeId: true,
          programme: { select: { name: true } },
          participations: { where: { userId: viewer.id, status: { in: [...followingStatuses] } }, select: { role: true }, take: 1 },
        },
      },
    },
  });
  if (!session) return null;
  const mine = session.cohort.participations[0];
  const coordinator = canManageProgramme(viewer, session.cohort.programmeId);
  if (!mine && !coordinator) return null;
  const page = mine ? (mine.role === "MENTOR" ? paths.mentor() : paths.mentee()) : paths.cohortSessions(session.cohortId);
  return {
    fileName: calendarFileName(`${session.title} ${toStockholmParts(session.startsAt).date}`),
    body: calendarFile({ name: `${session.cohort.programme.name}: ${session.cohort.name}`, events: [sessionEvent(session, appUrl(page))] }),
  };
}
