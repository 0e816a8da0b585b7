import { keepChangeAside } from "@/lib/applications/application-submit-save";
import { calendarFeedToken } from "@/lib/auth/calendar-feed-tokens";
import { reminderOffToken } from "@/lib/auth/reminder-off-tokens";
import { usableChangeToken, usableToken } from "@/tests/factories/tokens";
import type { Db } from "@/lib/db/client";
import type { Participation } from "@/lib/generated/prisma/client";
import { createApplication } from "./applications";
import { createCohort } from "./cohorts";
import { addDays } from "./dates";
import { uniqueSuffix } from "./factory-db";
import { createMeeting } from "./meetings";
import { createPair, createPairGoal } from "./pairs";
import { createParticipation } from "./participations";
import { appointCoordinator, createProgramme } from "./programmes";
import { createUser } from "./users";
import { createWorld } from "./world";

/**
 * createWorld's two programmes, plus one of everything a page or an action of Tandem can be about,
 * all in programme A: a cohort being matched that takes mentees' wishes (a proposal, an
 * exclusion, a waiting mentee and free mentors), a cohort taking applications with one
 * application and a change to it waiting for its address's confirmation, an email in the outbox,
 * a second coordinator, an account waiting for its password with a one-time link, usable
 * reset and sign-in links, the link of a reminder that turns its kind off, two meetings of the first
 * pair (one logged by each side, each with its author's private note), two goals, a planned next
 * meeting and an outcome of that pair. The authorization matrix tests try every door on it as its
 * rightful person and as the people who must find nothing behind it.
 */
export async function createDoorWorld(db: Db) {
  const world = await createWorld(db);
  const programmeId = world.programmeA.id;
  const now = Date.now();

  const matchingCohort = await createCohort(db, {
    programmeId,
    status: "MATCHING",
    name: "Matching cohort A",
    startDate: addDays(new Date(now), 14),
    menteeWishesEnabled: true,
  });
  const person = async (role: "MENTOR" | "MENTEE", n: number): Promise<Participation> => {
    const user = await createUser(db, { name: `${role === "MENTOR" ? "Matching mentor" : "Matching mentee"} A${n}` });
    return createParticipation(db, {
      cohortId: matchingCohort.id,
      role,
      userId: user.id,
      industries: ["banking_finance"],
      ...(role === "MENTOR"
        ? { expertiseTags: ["network"], yearsExperience: 10 + n, employer: `Employer ${n}`, mentorCapacity: 1 }
        : { goalTags: ["network"], yearsExperience: 2 }),
    });
  };
  const mentees = [await person("MENTEE", 1), await person("MENTEE", 2), await person("MENTEE", 3)];
  const mentors = [await person("MENTOR", 1), await person("MENTOR", 2), await person("MENTOR", 3)];
  const proposal = await createPair(db, { mentor: mentors[0]!, mentee: mentees[0]!, status: "PROPOSED", source: "SUGGESTED" });
  // A pair published before the cohort starts, to take back or give another mentor.
  const published = await createPair(db, {
    mentor: await person("MENTOR", 4),
    mentee: await person("MENTEE", 4),
    status: "ACTIVE",
    source: "SUGGESTED",
  });
  const exclusion = await db.matchExclusion.create({
    data: { cohortId: matchingCohort.id, mentorParticipationId: mentors[1]!.id, menteeParticipationId: mentees[1]!.id },
  });
  const userOf = async (participation: Participation) => db.user.findUniqueOrThrow({ where: { id: participation.userId! } });

  const recruitingCohort = await createCohort(db, {
    programmeId,
    status: "RECRUITING",
    name: "Recruiting cohort A",
    startDate: addDays(new Date(now), 60),
    applicationOpensAt: new Date(now - 86_400_000),
    applicationClosesAt: new Date(now + 30 * 86_400_000),
  });
  const application = await createApplication(db, {
    cohortId: recruitingCohort.id,
    role: "MENTEE",
    fieldKey: "law",
    name: "Applicant A",
    email: `applicant-${uniqueSuffix()}@example.test`,
  });

  const outboxEmail = await db.outboxEmail.create({
    data: {
      toEmail: `reader-${uniqueSuffix()}@example.test`,
      programmeId,
      locale: "sv",
      template: "door-world",
      subject: "Email about programme A",
      bodyText: "An email only programme A's coordinators may read.",
    },
  });

  const secondCoordinator = await createUser(db, { name: "Second coordinator A" });
  await appointCoordinator(db, { programmeId, userId: secondCoordinator.id });

  // A mentee of the recruiting cohort who has not chosen a password yet.
  const invitee = await createUser(db, { name: "Invitee A", password: null });
  const inviteeParticipation = await createParticipation(db, { cohortId: recruitingCohort.id, role: "MENTEE", userId: invitee.id });
  const passwordToken = await usableToken(db, invitee.id, "SET_PASSWORD");

  // Someone who forgot their password and asked for a link, and someone who asked for a sign-in link.
  const forgetful = await createUser(db, { name: "Forgetful A" });
  const resetToken = await usableToken(db, forgetful.id, "RESET_PASSWORD");
  const linkUser = world.a.pairs[0]!.menteeUser;
  const signInToken = await usableToken(db, linkUser.id, "SIGN_IN");

  // The application's address applied again, signed out, with a new name: kept aside until confirmed.
  const changeId = await keepChangeAside(db, application.id, "MENTEE", {
    name: "Applicant A, renamed",
    professionalFieldId: application.professionalFieldId,
    city: application.city,
    languageCodes: application.languageCodes,
    profile: application.profile ?? {},
    locale: application.locale,
    consentAt: application.consentAt,
  });
  const changeToken = await usableChangeToken(db, changeId);

  // Made by mistake: a cohort nobody is in yet (to archive), one archived already (to restore), and
  // the same for programmes of organisation A.
  const emptyCohort = await createCohort(db, { programmeId, status: "PLANNING", name: "Empty cohort A" });
  const archivedCohort = await createCohort(db, { programmeId, status: "PLANNING", name: "Archived cohort A" });
  await db.cohort.update({ where: { id: archivedCohort.id }, data: { archivedAt: new Date(now) } });
  const organizationId = world.programmeA.organizationId;
  const emptyProgramme = await createProgramme(db, { organizationId, name: "Empty programme A" });
  const archivedProgramme = await createProgramme(db, { organizationId, name: "Archived programme A" });
  await db.programme.update({ where: { id: archivedProgramme.id }, data: { archivedAt: new Date(now) } });

  // The link at the end of a reminder that turns the reminders to log a meeting off, for programme A's first mentor.
  const remindedUser = world.a.pairs[0]!.mentorUser;
  const reminderOff = { user: remindedUser, token: reminderOffToken(remindedUser.id, "LOG_MEETING") };

  // Meetings of programme A's first pair, each logged by one side with a private note only its author
  // may ever read: the mentor's waits for the mentee's answer; the mentee's the mentor confirmed.
  const firstPair = world.a.pairs[0]!;
  const byMentor = await createMeeting(db, {
    pair: firstPair.pair,
    heldOn: addDays(new Date(now), -3),
    loggedById: firstPair.mentorUser.id,
    confirmed: false,
    sharedNotes: "We went through the CV.",
  });
  const byMentee = await createMeeting(db, {
    pair: firstPair.pair,
    heldOn: addDays(new Date(now), -10),
    loggedById: firstPair.menteeUser.id,
    confirmedById: firstPair.mentorUser.id,
  });
  const privateNotes = {
    mentor: `Mentor's private note ${uniqueSuffix()}`,
    mentee: `Mentee's private note ${uniqueSuffix()}`,
  };
  await db.meetingPrivateNote.create({ data: { meetingId: byMentor.id, authorId: firstPair.mentorUser.id, text: privateNotes.mentor } });
  await db.meetingPrivateNote.create({ data: { meetingId: byMentee.id, authorId: firstPair.menteeUser.id, text: privateNotes.mentee } });

  // The goals of programme A's first pair: one it works on, one it reached (to reopen, to move up).
  const goalPair = world.a.pairs[0]!.pair;
  const openGoal = await createPairGoal(db, { pairId: goalPair.id, title: "Door goal, open", sortOrder: 0 });
  const achievedGoal = await createPairGoal(db, { pairId: goalPair.id, title: "Door goal, achieved", status: "ACHIEVED", sortOrder: 1 });
  await db.pairGoal.update({ where: { id: achievedGoal.id }, data: { closedAt: new Date(now) } });
  // The same pair planned its next meeting, for the calendar file.
  await db.pair.update({
    where: { id: goalPair.id },
    data: { nextMeetingAt: new Date(now + 7 * 86_400_000), nextMeetingMinutes: 60, nextMeetingPlace: "Door café" },
  });

  // A running cohort of one pair, to close; and the calendar feed addresses of programme A's first
  // mentee and of a mentee who withdrew from the cohort to close (revoked).
  const closingCohort = await createCohort(db, { programmeId, status: "ACTIVE", name: "Closing cohort A" });
  const closingPair = await createPair(db, {
    mentor: await createParticipation(db, {
      cohortId: closingCohort.id,
      role: "MENTOR",
      userId: (await createUser(db, { name: "Closing mentor A" })).id,
    }),
    mentee: await createParticipation(db, {
      cohortId: closingCohort.id,
      role: "MENTEE",
      userId: (await createUser(db, { name: "Closing mentee A" })).id,
    }),
  });
  const withdrawnUser = await createUser(db, { name: "Withdrawn mentee A" });
  const withdrawn = await createParticipation(db, {
    cohortId: closingCohort.id,
    role: "MENTEE",
    userId: withdrawnUser.id,
    status: "WITHDRAWN",
  });
  const calendar = {
    feedToken: calendarFeedToken(world.a.pairs[0]!.mentee.id),
    revokedToken: calendarFeedToken(withdrawn.id),
    withdrawnUser,
  };

  // An interview the first pair of programme A recorded, for its two people to change or remove.
  const outcome = await db.outcomeEvent.create({
    data: {
      pairId: world.a.pairs[0]!.pair.id,
      type: "JOB_INTERVIEW",
      occurredOn: new Date(Date.UTC(2026, 0, 15)),
      jobTitle: "Door interview",
      employer: "Door employer",
      recordedById: world.a.pairs[0]!.menteeUser.id,
      recordedByRole: "MENTEE",
    },
  });

  return {
    ...world,
    meetings: { byMentor, byMentee, privateNotes },
    goals: { open: openGoal, achieved: achievedGoal },
    closing: { cohort: closingCohort, pair: closingPair },
    calendar,
    outcome,
    archive: { emptyCohort, archivedCohort, emptyProgramme, archivedProgramme },
    matching: {
      cohort: matchingCohort,
      mentees,
      mentors,
      proposal,
      /** A published pair of the cohort still being matched. */
      published,
      exclusion,
      /** A mentee with no proposal and no exclusion: the one who gives wishes and is paired by hand. */
      waitingMentee: mentees[2]!,
      waitingMenteeUser: await userOf(mentees[2]!),
      /** Another mentee of the same cohort. */
      otherMenteeUser: await userOf(mentees[0]!),
      freeMentor: mentors[2]!,
    },
    recruiting: { cohort: recruitingCohort, application, changeToken },
    outboxEmail,
    secondCoordinator,
    invitee: { user: invitee, participation: inviteeParticipation, passwordToken },
    forgetful: { user: forgetful, resetToken },
    signInLink: { user: linkUser, token: signInToken },
    reminderOff,
  };
}

export type DoorWorld = Awaited<ReturnType<typeof createDoorWorld>>;
