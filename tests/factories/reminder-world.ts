import { stockholmInstant } from "@/lib/cohorts/stockholm-time";
import type { Db } from "@/lib/db/client";
import { createCohort } from "./cohorts";
import { createPair } from "./pairs";
import { createParticipation } from "./participations";
import { createProgramme } from "./programmes";
import { createUser } from "./users";

/** An instant by Stockholm's wall clock, e.g. at("2031-03-03", "12:00"). */
export const at = (date: string, time = "12:00") => stockholmInstant(date, time);

/**
 * A running cohort (March to October 2031) with two pairs published at noon on 3 March 2031 and
 * one joint session on 10 April 2031 at 17:00. The first pair's mentor reads English and its
 * mentee Swedish; the second pair's mentor has turned off the reminders to log meetings. A
 * mentee who withdrew, and a pair still proposed, must never be reminded of anything.
 */
export async function createReminderWorld(db: Db) {
  const programme = await createProgramme(db, { name: "Reminder programme" });
  const cohort = await createCohort(db, {
    programmeId: programme.id,
    name: "Spring 2031",
    status: "ACTIVE",
    startDate: new Date("2031-03-01"),
    endDate: new Date("2031-10-01"),
    withSessions: false,
  });
  const person = async (name: string, role: "MENTOR" | "MENTEE", locale: "sv" | "en" = "sv", status: "ACTIVE" | "WITHDRAWN" = "ACTIVE") => {
    const user = await createUser(db, { name, locale });
    const participation = await createParticipation(db, { cohortId: cohort.id, role, userId: user.id, status });
    return { user, participation };
  };
  const publishedAt = at("2031-03-03");
  const pairOf = async (n: number, mentorLocale: "sv" | "en" = "sv") => {
    const mentor = await person(`Reminded Mentor ${n}`, "MENTOR", mentorLocale);
    const mentee = await person(`Reminded Mentee ${n}`, "MENTEE");
    const pair = await createPair(db, { mentor: mentor.participation, mentee: mentee.participation, publishedAt });
    return { pair, mentor, mentee };
  };
  const first = await pairOf(1, "en");
  const second = await pairOf(2);
  await db.reminderOptOut.create({ data: { userId: second.mentor.user.id, kind: "LOG_MEETING" } });

  const withdrawn = await person("Withdrawn Mentee", "MENTEE", "sv", "WITHDRAWN");
  const proposedMentor = await person("Proposed Mentor", "MENTOR");
  const proposedMentee = await person("Proposed Mentee", "MENTEE");
  await createPair(db, { mentor: proposedMentor.participation, mentee: proposedMentee.participation, status: "PROPOSED" });

  const session = await db.jointSession.create({
    data: {
      cohortId: cohort.id,
      ordinal: 1,
      title: "Halftime session",
      startsAt: at("2031-04-10", "17:00"),
      endsAt: at("2031-04-10", "19:00"),
      location: "Folkets hus, Stockholm",
    },
  });

  return {
    programme,
    cohort,
    publishedAt,
    first,
    second,
    withdrawn,
    session,
    /** Everyone with an active place in the cohort: the joint session's reminder goes to each. */
    active: [first.mentor, first.mentee, second.mentor, second.mentee, proposedMentor, proposedMentee].map((one) => one.user),
  };
}

export type ReminderWorld = Awaited<ReturnType<typeof createReminderWorld>>;
