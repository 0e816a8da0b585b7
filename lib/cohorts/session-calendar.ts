import "server-only";
import { appUrl } from "@/lib/app-url";
import { readCalendarFeedToken } from "@/lib/auth/calendar-feed-tokens";
import { calendarFile, type CalendarEvent } from "@/lib/calendar/calendar-file";
import { db } from "@/lib/db";
import { paths } from "@/lib/paths";

// A cohort's joint sessions as calendar events. Each event's UID is the session's id, so a
// calendar that already holds a session (from a download or the feed) replaces it when the time or
// place changes, instead of adding it twice.

export const sessionEventSelect = {
  id: true,
  title: true,
  startsAt: true,
  endsAt: true,
  location: true,
  description: true,
  updatedAt: true,
} as const;

type SessionRow = {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  description: string | null;
  updatedAt: Date;
};

export function sessionEvent(session: SessionRow, url: string | null): CalendarEvent {
  return {
    uid: `joint-session-${session.id}@tandem`,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    title: session.title,
    location: session.location,
    description: session.description,
    url,
    updatedAt: session.updatedAt,
  };
}

/** A participation that may follow its cohort's sessions: in the cohort, not withdrawn, not erased. */
export const followingStatuses = ["INVITED", "ACTIVE", "COMPLETED"] as const;

/**
 * The feed a token opens: all the cohort's sessions, or null when the token is not one this server
 * signed, or its person has left the cohort (withdrawn, erased) or the cohort was archived.
 */
export async function cohortFeedFor(token: string): Promise<string | null> {
  const participationId = readCalendarFeedToken(token);
  if (!participationId) return null;
  const participation = await db.participation.findFirst({
    where: {
      id: participationId,
      userId: { not: null },
      status: { in: [...followingStatuses] },
      cohort: { archivedAt: null, programme: { archivedAt: null } },
    },
    select: {
      role: true,
      cohort: {
        select: {
          name: true,
          programme: { select: { name: true } },
          sessions: { orderBy: { startsAt: "asc" }, select: sessionEventSelect },
        },
      },
    },
  });
  if (!participation) return null;
  const home = appUrl(participation.role === "MENTOR" ? paths.mentor() : paths.mentee());
  return calendarFile({
    name: `${participation.cohort.programme.name}: ${participation.cohort.name}`,
    events: participation.cohort.sessions.map((session) => sessionEvent(session, home)),
  });
}
