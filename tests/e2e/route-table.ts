import { paths } from "@/lib/paths";
import type { DoorWorld } from "@/tests/factories/door-world";

// The authorization matrix's input for the routes: one entry per page.tsx and route.ts of app/, by
// its pattern (route groups left out). Each says whose page it is, how its address is filled from
// the door world (tests/factories/door-world.ts), and what the rightful person sees there, which
// nobody else may see. tests/e2e/authz.spec.ts opens each as someone signed out, a participant of
// another pair, a coordinator of another programme and the rightful person. A route without an
// entry fails that test until it has one here.

export type Account = { email: string | null };

/**
 * What a visitor gets: the page ("ok"), their own version of it that shows nothing of the rightful
 * person's ("own"), not found, the sign-in page, or their own home (a signed-in visitor of /login).
 */
export type Expectation = "ok" | "own" | "notFound" | "signIn" | "home";

export type Visitor = "anonymous" | "otherParticipant" | "otherCoordinator" | "rightful";

export type RouteEntry = {
  /** Whose page it is; "anyone" for the public pages, "signedIn" for every account. */
  rightful: ((world: DoorWorld) => Account) | "anyone" | "signedIn";
  /** The participant of another pair (default: the mentor of programme A's second pair). */
  otherParticipant?: (world: DoorWorld) => Account;
  path: (world: DoorWorld) => string;
  /** Text the rightful person's page shows (and every "ok" visitor's); a refused visitor sees none of it. */
  shows: (world: DoorWorld) => string[];
  /** Where a visitor gets something else than the default for the kind of page. */
  expect?: Partial<Record<Visitor, Expectation>>;
  /** For a route handler: the content type of its answer. */
  contentType?: RegExp;
};

const coordinatorA = (w: DoorWorld) => w.coordinatorA;
const cohortA = (w: DoorWorld) => w.a.cohort.id;
/** A coordinator's page with nothing of its own in the URL: another programme's coordinator sees their own. */
const staffHome = { otherCoordinator: "own" } as const;

export const routeTable: Record<string, RouteEntry> = {
  "/": {
    rightful: "anyone",
    path: () => paths.home(),
    shows: () => [],
    expect: { anonymous: "signIn", otherParticipant: "home", otherCoordinator: "home", rightful: "home" },
  },
  "/login": {
    rightful: "anyone",
    path: () => paths.login(),
    shows: () => [],
    expect: { otherParticipant: "home", otherCoordinator: "home", rightful: "home" },
  },
  "/set-password/[token]": {
    rightful: "anyone",
    path: (w) => paths.setPassword(w.invitee.passwordToken),
    shows: (w) => [w.invitee.user.name],
  },
  "/forgot-password": { rightful: "anyone", path: () => paths.forgotPassword(), shows: () => [] },
  "/reset-password/[token]": {
    rightful: "anyone",
    path: (w) => paths.resetPassword(w.forgetful.resetToken),
    shows: (w) => [w.forgetful.user.name],
  },
  "/login/link/[token]": {
    rightful: "anyone",
    path: (w) => paths.signInLink(w.signInLink.token),
    shows: (w) => [w.signInLink.user.name],
  },
  "/reminders/off/[token]": { rightful: "anyone", path: (w) => paths.reminderOff(w.reminderOff.token), shows: () => [] },
  "/account": { rightful: "signedIn", path: () => paths.account(), shows: () => [] },
  "/api/auth/[...nextauth]": { rightful: "anyone", path: () => "/api/auth/session", shows: () => [], contentType: /application\/json/ },

  "/apply/[publicKey]": { rightful: "anyone", path: (w) => paths.apply(w.recruiting.cohort.publicKey), shows: (w) => [w.programmeA.name] },
  "/apply/[publicKey]/mentee": {
    rightful: "anyone",
    path: (w) => paths.applyForm(w.recruiting.cohort.publicKey, "MENTEE"),
    shows: () => [],
  },
  "/apply/[publicKey]/mentor": {
    rightful: "anyone",
    path: (w) => paths.applyForm(w.recruiting.cohort.publicKey, "MENTOR"),
    shows: () => [],
  },
  "/apply/confirm/[token]": {
    rightful: "anyone",
    path: (w) => paths.confirmApplicationChange(w.recruiting.changeToken),
    shows: (w) => [w.recruiting.cohort.name],
  },
  "/apply/[publicKey]/thanks": { rightful: "anyone", path: (w) => paths.applyThanks(w.recruiting.cohort.publicKey), shows: () => [] },

  "/coordinator": { rightful: coordinatorA, path: () => paths.coordinator(), shows: (w) => [w.programmeA.name], expect: staffHome },
  "/coordinator/outbox": { rightful: coordinatorA, path: () => paths.outbox(), shows: (w) => [w.outboxEmail.subject], expect: staffHome },
  "/coordinator/outbox/[emailId]": {
    rightful: coordinatorA,
    path: (w) => paths.outboxEmail(w.outboxEmail.id),
    shows: (w) => [w.outboxEmail.subject, w.outboxEmail.toEmail],
  },
  "/coordinator/archive": {
    rightful: coordinatorA,
    path: () => paths.archive(),
    shows: (w) => [w.archive.archivedCohort.name],
    expect: staffHome,
  },
  "/coordinator/people": {
    rightful: coordinatorA,
    // By email: the page repeats what was searched for, so the name shows only where it was found.
    path: (w) => paths.people(w.a.pairs[0]!.menteeUser.email!),
    shows: (w) => [w.a.pairs[0]!.menteeUser.name],
    expect: staffHome,
  },
  "/coordinator/people/[personId]": {
    rightful: coordinatorA,
    path: (w) => paths.person(w.a.pairs[0]!.menteeUser.id),
    shows: (w) => [w.a.pairs[0]!.menteeUser.name, w.a.cohort.name],
  },
  "/coordinator/programmes/new": { rightful: (w) => w.adminA, path: () => paths.newProgramme(), shows: () => [] },
  "/coordinator/programmes/[programmeId]": {
    rightful: coordinatorA,
    path: (w) => paths.programme(w.programmeA.id),
    shows: (w) => [w.programmeA.name],
  },
  "/coordinator/programmes/[programmeId]/cohorts/new": {
    rightful: coordinatorA,
    path: (w) => paths.newCohort(w.programmeA.id),
    shows: (w) => [w.programmeA.name],
  },

  "/coordinator/cohorts/[cohortId]": { rightful: coordinatorA, path: (w) => paths.cohort(cohortA(w)), shows: (w) => [w.a.cohort.name] },
  "/coordinator/cohorts/[cohortId]/sessions": {
    rightful: coordinatorA,
    path: (w) => paths.cohortSessions(cohortA(w)),
    shows: (w) => [w.a.cohort.name],
  },
  "/coordinator/cohorts/[cohortId]/health": {
    rightful: coordinatorA,
    // A pair's own mentor finds nothing either: the page and its notes are for coordinators.
    otherParticipant: (w) => w.a.pairs[0]!.mentorUser,
    path: (w) => paths.cohortHealth(cohortA(w)),
    shows: (w) => [w.a.cohort.name, w.a.pairs[0]!.menteeUser.name],
  },
  "/coordinator/cohorts/[cohortId]/sessions/[sessionId]/attendance": {
    rightful: coordinatorA,
    path: (w) => paths.sessionAttendance(cohortA(w), w.a.cohort.sessions[0]!.id),
    // Names only: the default session titles are words of the app, on every page.
    shows: (w) => [w.a.pairs[0]!.menteeUser.name, w.a.pairs[0]!.mentorUser.name],
  },
  "/coordinator/cohorts/[cohortId]/applications": {
    rightful: coordinatorA,
    path: (w) => paths.cohortApplications(w.recruiting.cohort.id),
    shows: (w) => [w.recruiting.cohort.name, w.recruiting.application.name],
  },
  "/coordinator/applications/[applicationId]": {
    rightful: coordinatorA,
    path: (w) => paths.application(w.recruiting.application.id),
    shows: (w) => [w.recruiting.application.name],
  },
  "/coordinator/cohorts/[cohortId]/participants": {
    rightful: coordinatorA,
    path: (w) => paths.cohortParticipants(cohortA(w)),
    shows: (w) => [w.a.cohort.name, w.a.pairs[0]!.menteeUser.name],
  },
  "/coordinator/cohorts/[cohortId]/participants/invite": {
    rightful: coordinatorA,
    path: (w) => paths.inviteParticipant(cohortA(w)),
    shows: (w) => [w.a.cohort.name],
  },
  "/coordinator/cohorts/[cohortId]/participants/import": {
    rightful: coordinatorA,
    path: (w) => paths.importParticipants(cohortA(w)),
    shows: (w) => [w.a.cohort.name],
  },
  "/coordinator/cohorts/[cohortId]/participants/template.csv": {
    rightful: coordinatorA,
    path: (w) => paths.importTemplate(cohortA(w)),
    shows: () => [],
    contentType: /text\/csv/,
  },
  "/coordinator/cohorts/[cohortId]/applications/export": {
    rightful: coordinatorA,
    path: (w) => paths.applicationsExport(w.recruiting.cohort.id, { format: "csv" }),
    shows: (w) => [w.recruiting.application.name],
    contentType: /text\/csv/,
  },
  "/coordinator/cohorts/[cohortId]/participants/export": {
    rightful: coordinatorA,
    // A zipped file: what it holds is checked by the integration tests of the exports.
    path: (w) => paths.participantsExport(cohortA(w), { format: "xlsx" }),
    shows: () => [],
    contentType: /spreadsheetml\.sheet/,
  },
  "/coordinator/cohorts/[cohortId]/pairs/export": {
    rightful: coordinatorA,
    path: (w) => paths.pairsExport(cohortA(w)),
    shows: (w) => [w.a.pairs[0]!.menteeUser.name, w.a.pairs[0]!.mentorUser.name],
    contentType: /text\/csv/,
  },
  "/coordinator/participants/[participationId]": {
    rightful: coordinatorA,
    path: (w) => paths.participant(w.a.pairs[0]!.mentee.id),
    shows: (w) => [w.a.pairs[0]!.menteeUser.name],
  },
  "/coordinator/cohorts/[cohortId]/matching": {
    rightful: coordinatorA,
    path: (w) => paths.matching(w.matching.cohort.id),
    shows: (w) => [w.matching.cohort.name, w.matching.waitingMenteeUser.name],
  },
  "/coordinator/cohorts/[cohortId]/matching/mentees/[menteeId]": {
    rightful: coordinatorA,
    path: (w) => paths.chooseMentor(w.matching.cohort.id, w.matching.waitingMentee.id),
    shows: (w) => [w.matching.waitingMenteeUser.name],
  },

  "/mentee": {
    rightful: (w) => w.a.pairs[0]!.menteeUser,
    otherParticipant: (w) => w.a.pairs[1]!.menteeUser,
    path: () => paths.mentee(),
    shows: (w) => [w.a.pairs[0]!.mentorUser.name],
    expect: { otherParticipant: "own" },
  },
  "/mentee/pairs/[pairId]": {
    rightful: (w) => w.a.pairs[0]!.menteeUser,
    otherParticipant: (w) => w.a.pairs[1]!.menteeUser,
    path: (w) => paths.pair("MENTEE", w.a.pairs[0]!.pair.id),
    shows: (w) => [w.a.pairs[0]!.mentorUser.name],
  },
  "/mentee/pairs/[pairId]/meetings/new": {
    rightful: (w) => w.a.pairs[0]!.menteeUser,
    otherParticipant: (w) => w.a.pairs[1]!.menteeUser,
    path: (w) => paths.logMeeting("MENTEE", w.a.pairs[0]!.pair.id),
    shows: () => [],
  },
  "/mentee/pairs/[pairId]/meetings/[meetingId]": {
    rightful: (w) => w.a.pairs[0]!.menteeUser,
    otherParticipant: (w) => w.a.pairs[1]!.menteeUser,
    path: (w) => paths.editMeeting("MENTEE", w.a.pairs[0]!.pair.id, w.meetings.byMentee.id),
    shows: (w) => [w.meetings.privateNotes.mentee],
  },
  "/mentee/pairs/[pairId]/next-meeting.ics": {
    rightful: (w) => w.a.pairs[0]!.menteeUser,
    otherParticipant: (w) => w.a.pairs[1]!.menteeUser,
    path: (w) => paths.nextMeetingCalendar("MENTEE", w.a.pairs[0]!.pair.id),
    shows: (w) => [w.a.pairs[0]!.mentorUser.name, "Door café"],
    contentType: /text\/calendar/,
  },
  "/mentee/pairs/[pairId]/outcomes/new": {
    rightful: (w) => w.a.pairs[0]!.menteeUser,
    otherParticipant: (w) => w.a.pairs[1]!.menteeUser,
    path: (w) => paths.newOutcome("MENTEE", w.a.pairs[0]!.pair.id),
    shows: (w) => [w.a.pairs[0]!.mentorUser.name],
  },
  "/mentee/pairs/[pairId]/outcomes/[outcomeId]": {
    rightful: (w) => w.a.pairs[0]!.menteeUser,
    otherParticipant: (w) => w.a.pairs[1]!.menteeUser,
    path: (w) => paths.outcome("MENTEE", w.a.pairs[0]!.pair.id, w.outcome.id),
    shows: () => ["Door interview"],
  },
  "/mentee/wishes/[participationId]": {
    rightful: (w) => w.matching.waitingMenteeUser,
    otherParticipant: (w) => w.matching.otherMenteeUser,
    path: (w) => paths.wishes(w.matching.waitingMentee.id),
    shows: (w) => [w.matching.cohort.name],
  },
  "/mentor": {
    rightful: (w) => w.a.pairs[0]!.mentorUser,
    path: () => paths.mentor(),
    shows: (w) => [w.a.pairs[0]!.menteeUser.name],
    expect: { otherParticipant: "own" },
  },
  "/mentor/pairs/[pairId]": {
    rightful: (w) => w.a.pairs[0]!.mentorUser,
    path: (w) => paths.pair("MENTOR", w.a.pairs[0]!.pair.id),
    shows: (w) => [w.a.pairs[0]!.menteeUser.name],
  },
  "/mentor/pairs/[pairId]/meetings/new": {
    rightful: (w) => w.a.pairs[0]!.mentorUser,
    path: (w) => paths.logMeeting("MENTOR", w.a.pairs[0]!.pair.id),
    shows: () => [],
  },
  "/mentor/pairs/[pairId]/meetings/[meetingId]": {
    rightful: (w) => w.a.pairs[0]!.mentorUser,
    path: (w) => paths.editMeeting("MENTOR", w.a.pairs[0]!.pair.id, w.meetings.byMentor.id),
    // The form holds the author's own private note; nobody else may see it.
    shows: (w) => [w.meetings.privateNotes.mentor],
  },
  "/mentor/pairs/[pairId]/next-meeting.ics": {
    rightful: (w) => w.a.pairs[0]!.mentorUser,
    path: (w) => paths.nextMeetingCalendar("MENTOR", w.a.pairs[0]!.pair.id),
    shows: (w) => [w.a.pairs[0]!.menteeUser.name, "Door café"],
    contentType: /text\/calendar/,
  },
  // A session's calendar file: for its cohort's people and coordinators; a participant of another
  // cohort finds nothing.
  "/calendar/sessions/[sessionId]": {
    rightful: (w) => w.a.pairs[0]!.menteeUser,
    otherParticipant: (w) => w.b.pairs[0]!.menteeUser,
    path: (w) => paths.sessionCalendar(w.a.cohort.sessions[0]!.id),
    shows: (w) => [w.a.cohort.sessions[0]!.title],
    contentType: /text\/calendar/,
  },
  // The cohort's feed, fetched by calendar apps without signing in: the token is the key. A wrong
  // or revoked token is not found (tests/integration/cohorts/session-calendar.test.ts).
  "/calendar/feed/[token]": {
    rightful: "anyone",
    path: (w) => paths.cohortFeed(w.calendar.feedToken),
    shows: (w) => w.a.cohort.sessions.map((session) => session.title),
    contentType: /text\/calendar/,
  },
  "/mentor/pairs/[pairId]/outcomes/new": {
    rightful: (w) => w.a.pairs[0]!.mentorUser,
    path: (w) => paths.newOutcome("MENTOR", w.a.pairs[0]!.pair.id),
    shows: (w) => [w.a.pairs[0]!.menteeUser.name],
  },
  "/mentor/pairs/[pairId]/outcomes/[outcomeId]": {
    rightful: (w) => w.a.pairs[0]!.mentorUser,
    path: (w) => paths.outcome("MENTOR", w.a.pairs[0]!.pair.id, w.outcome.id),
    shows: () => ["Door interview"],
  },
  "/profile": {
    rightful: (w) => w.a.pairs[0]!.menteeUser,
    otherParticipant: (w) => w.a.pairs[1]!.menteeUser,
    path: (w) => `${paths.profile()}?participation=${w.a.pairs[0]!.mentee.id}`,
    shows: (w) => [w.a.pairs[0]!.menteeUser.name],
  },
};

/** Files of app/ the build serves that are no door of their own: Next's error pages and the icon. */
export const notDoors = ["/_not-found", "/_global-error", "/favicon.ico"];
