// Every address of Tandem's pages, in one place: links, redirects, revalidations and emails build
// their URLs here, so a route that moves changes one line. Pure, safe to import on the client.
// Emails turn a path into a full address with appUrl().

type Query = Record<string, string | number | undefined>;

/** "?a=1&b=2" from the values that are set, or "" when none is. */
function query(values: Query = {}): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) if (value !== undefined && value !== "") search.set(name, String(value));
  const text = search.toString();
  return text ? `?${text}` : "";
}

export const paths = {
  home: () => "/",
  login: () => "/login",
  account: () => "/account",
  profile: () => "/profile",
  setPassword: (token: string) => `/set-password/${token}`,
  forgotPassword: () => "/forgot-password",
  signInLink: (token: string) => `/login/link/${token}`,
  resetPassword: (token: string) => `/reset-password/${token}`,
  /** Turns one kind of reminder off, from the link in a reminder, without signing in. */
  reminderOff: (token: string) => `/reminders/off/${token}`,

  apply: (publicKey: string) => `/apply/${publicKey}`,
  applyForm: (publicKey: string, role: "MENTOR" | "MENTEE") => `/apply/${publicKey}/${role === "MENTOR" ? "mentor" : "mentee"}`,
  applyThanks: (publicKey: string) => `/apply/${publicKey}/thanks`,
  confirmApplicationChange: (token: string) => `/apply/confirm/${token}`,

  mentor: () => "/mentor",
  mentee: () => "/mentee",
  /** A participant's own pair page, under their role's prefix. */
  pair: (side: "MENTOR" | "MENTEE", pairId: string) => `/${side === "MENTOR" ? "mentor" : "mentee"}/pairs/${pairId}`,
  /** Logging a meeting of the pair, by either of its people. */
  logMeeting: (side: "MENTOR" | "MENTEE", pairId: string) => `/${side === "MENTOR" ? "mentor" : "mentee"}/pairs/${pairId}/meetings/new`,
  /** Changing a meeting the viewer logged. */
  editMeeting: (side: "MENTOR" | "MENTEE", pairId: string, meetingId: string) =>
    `/${side === "MENTOR" ? "mentor" : "mentee"}/pairs/${pairId}/meetings/${meetingId}`,
  /** The pair page at one meeting of its timeline, where a saved meeting is shown. */
  meetingLogged: (side: "MENTOR" | "MENTEE", pairId: string, meetingId: string) =>
    `/${side === "MENTOR" ? "mentor" : "mentee"}/pairs/${pairId}#meeting-${meetingId}`,
  /** The pair's planned next meeting as a calendar file (.ics), for either of its two people. */
  nextMeetingCalendar: (side: "MENTOR" | "MENTEE", pairId: string) =>
    `/${side === "MENTOR" ? "mentor" : "mentee"}/pairs/${pairId}/next-meeting.ics`,
  /** Recording an outcome of the pair (`search`: the form's values, sent back by the occupation search). */
  newOutcome: (side: "MENTOR" | "MENTEE", pairId: string, search?: Query) =>
    `/${side === "MENTOR" ? "mentor" : "mentee"}/pairs/${pairId}/outcomes/new${query(search)}`,
  outcome: (side: "MENTOR" | "MENTEE", pairId: string, outcomeId: string, search?: Query) =>
    `/${side === "MENTOR" ? "mentor" : "mentee"}/pairs/${pairId}/outcomes/${outcomeId}${query(search)}`,
  wishes: (participationId: string) => `/mentee/wishes/${participationId}`,
  /** One joint session as a calendar file (.ics), for its cohort's participants and coordinators. */
  sessionCalendar: (sessionId: string) => `/calendar/sessions/${sessionId}.ics`,
  /** A cohort's joint sessions as a calendar feed to subscribe to; the token is the person's own (decision 0018). */
  cohortFeed: (token: string) => `/calendar/feed/${token}.ics`,

  coordinator: () => "/coordinator",
  newProgramme: () => "/coordinator/programmes/new",
  programme: (programmeId: string) => `/coordinator/programmes/${programmeId}`,
  newCohort: (programmeId: string) => `/coordinator/programmes/${programmeId}/cohorts/new`,
  cohort: (cohortId: string) => `/coordinator/cohorts/${cohortId}`,
  cohortSessions: (cohortId: string) => `/coordinator/cohorts/${cohortId}/sessions`,
  /** The cohort's pairs, the ones that need a call first; `flag` filters them. */
  cohortHealth: (cohortId: string, filters?: Query) => `/coordinator/cohorts/${cohortId}/health${query(filters)}`,
  /** Who came to one joint session: the whole cohort on one form. */
  sessionAttendance: (cohortId: string, sessionId: string) => `/coordinator/cohorts/${cohortId}/sessions/${sessionId}/attendance`,
  cohortApplications: (cohortId: string, filters?: Query) => `/coordinator/cohorts/${cohortId}/applications${query(filters)}`,
  cohortParticipants: (cohortId: string, filters?: Query) => `/coordinator/cohorts/${cohortId}/participants${query(filters)}`,
  inviteParticipant: (cohortId: string) => `/coordinator/cohorts/${cohortId}/participants/invite`,
  importParticipants: (cohortId: string) => `/coordinator/cohorts/${cohortId}/participants/import`,
  importTemplate: (cohortId: string) => `/coordinator/cohorts/${cohortId}/participants/template.csv`,
  /** The lists as files: `format` is csv or xlsx; the other values are the list's filters. */
  applicationsExport: (cohortId: string, filters?: Query) => `/coordinator/cohorts/${cohortId}/applications/export${query(filters)}`,
  participantsExport: (cohortId: string, filters?: Query) => `/coordinator/cohorts/${cohortId}/participants/export${query(filters)}`,
  pairsExport: (cohortId: string, filters?: Query) => `/coordinator/cohorts/${cohortId}/pairs/export${query(filters)}`,
  matching: (cohortId: string, filters?: Query) => `/coordinator/cohorts/${cohortId}/matching${query(filters)}`,
  /** With `replace`, the published pair (before the cohort starts) whose mentor is to be replaced. */
  chooseMentor: (cohortId: string, menteeId: string, replace?: string) =>
    `/coordinator/cohorts/${cohortId}/matching/mentees/${menteeId}${query({ replace })}`,
  application: (applicationId: string) => `/coordinator/applications/${applicationId}`,
  participant: (participationId: string) => `/coordinator/participants/${participationId}`,
  /** What the viewer archived and may restore; `archived` says what was just archived. */
  archive: (done?: { archived?: "cohort" | "programme" }) => `/coordinator/archive${query(done)}`,
  /** Finding people by name or email across the viewer's programmes. */
  people: (q?: string) => `/coordinator/people${query({ q })}`,
  person: (personId: string) => `/coordinator/people/${personId}`,
  outbox: (page?: number) => `/coordinator/outbox${query({ page: page && page > 1 ? page : undefined })}`,
  outboxEmail: (emailId: string) => `/coordinator/outbox/${emailId}`,
} as const;
